import { escapeHtml } from './escape';

/**
 * The part of ECharts' formatter params that our formatters read
 * (`CallbackDataParams`; `marker` is HTML that ECharts builds from the colour).
 */
export interface TooltipParam {
  seriesIndex?: number;
  seriesName?: string;
  name?: string;
  axisValue?: string | number;
  value?: unknown;
  data?: unknown;
  marker?: string;
  percent?: number;
}

/** The number behind a param: `value` itself, or `value.value` for data items. */
export function numericValue(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v && typeof v === 'object' && 'value' in v) return numericValue((v as { value: unknown }).value);
  return null;
}

/**
 * An axis-trigger tooltip formatter: the category as header, one row per
 * series. Category and series names are escaped; `fmt` formats the numbers.
 */
export function axisTooltip(fmt: (value: number | null, seriesIndex: number) => string) {
  return (raw: unknown): string => {
    const params = (Array.isArray(raw) ? raw : [raw]) as TooltipParam[];
    if (params.length === 0) return '';
    const head = escapeHtml(params[0].axisValue ?? params[0].name ?? '');
    const rows = params.map(
      (p) =>
        `${p.marker ?? ''}${escapeHtml(p.seriesName ?? '')}: <b>${fmt(numericValue(p.value), p.seriesIndex ?? 0)}</b>`,
    );
    return [`<b>${head}</b>`, ...rows].join('<br/>');
  };
}
