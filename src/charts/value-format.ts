import type { Lang } from '../dataset/types';
import { formatCount, formatNumber, formatPercent } from '../i18n/format';

/** How a series' values read: counts, percentages (already ×100) or plain numbers. */
export type ValueFormat = 'count' | 'percent' | 'number';

/** Shown in tooltips for a missing value. */
export const MISSING = '–';

/** A value as the tooltip shows it: `1.114`, `109,22%`, `3,5` in vi; `–` for null/NaN. */
export function formatValue(v: unknown, fmt: ValueFormat, lang: Lang): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) return MISSING;
  if (fmt === 'percent') return formatPercent(v, lang, 2);
  if (fmt === 'number') return formatNumber(v, lang, 1);
  return formatCount(v, lang);
}

/** A value-axis tick: no decimals on whole numbers, one otherwise. */
export function formatTick(v: number, fmt: ValueFormat, lang: Lang): string {
  const decimals = Number.isInteger(v) ? 0 : 1;
  if (fmt === 'percent') return formatPercent(v, lang, decimals);
  return formatNumber(v, lang, decimals);
}

/** A year's axis label with its note under it: "2026 (đến 31/10)" would run into the next label or off the chart's edge. */
export const yearOnTwoLines = (label: string): string => label.replace(' (', '\n(');
