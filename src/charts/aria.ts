import type { Lang } from '../dataset/types';

/** Text every option builder accepts besides its data. */
export interface ChartText {
  /** Chart title: read by the aria description; drawn only with `showTitle`. */
  title?: string;
  /** Draw the title inside the canvas (PNG/SVG export); the page shows it in a figcaption. */
  showTitle?: boolean;
  /** A full screen-reader description; when absent ECharts generates one from the templates. */
  ariaDescription?: string;
  /** Add decal patterns to the fills (for print in black and white). */
  decal?: boolean;
}

const TEMPLATES = {
  vi: {
    general: { withTitle: 'Biểu đồ "{title}".', withoutTitle: 'Biểu đồ.' },
    series: {
      maxCount: 10,
      single: { prefix: '', withName: ' Dãy số liệu {seriesName}. ', withoutName: ' ' },
      multiple: {
        prefix: ' Gồm {seriesCount} dãy số liệu.',
        withName: ' Dãy {seriesName}: ',
        withoutName: ' Dãy {seriesId}: ',
        separator: { middle: '', end: '' },
      },
    },
    data: {
      maxCount: 20,
      allData: 'số liệu: ',
      partialData: '{displayCnt} mục đầu: ',
      withName: '{name} {value}',
      withoutName: '{value}',
      separator: { middle: '; ', end: '.' },
    },
  },
  en: {
    general: { withTitle: 'Chart "{title}".', withoutTitle: 'Chart.' },
    series: {
      maxCount: 10,
      single: { prefix: '', withName: ' Series {seriesName}. ', withoutName: ' ' },
      multiple: {
        prefix: ' It has {seriesCount} series.',
        withName: ' Series {seriesName}: ',
        withoutName: ' Series {seriesId}: ',
        separator: { middle: '', end: '' },
      },
    },
    data: {
      maxCount: 20,
      allData: 'data: ',
      partialData: 'first {displayCnt} items: ',
      withName: '{name} {value}',
      withoutName: '{value}',
      separator: { middle: '; ', end: '.' },
    },
  },
} as const;

/**
 * The `aria` block: always enabled; the given description, or generated text
 * with Vietnamese/English templates (which avoid ECharts' English series-type names).
 */
export function ariaOption(text: ChartText, lang: Lang): Record<string, unknown> {
  const label = text.ariaDescription
    ? { enabled: true, description: text.ariaDescription }
    : { enabled: true, ...TEMPLATES[lang] };
  return { enabled: true, label, decal: { show: Boolean(text.decal) } };
}

/** The `title` block: carries the text for aria, drawn only when asked. */
export function titleOption(text: ChartText): Record<string, unknown> | undefined {
  if (!text.title) return undefined;
  return { text: text.title, show: Boolean(text.showTitle), left: 'center', textStyle: { fontSize: 14 } };
}
