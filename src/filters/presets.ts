import type { Lang } from '../dataset/types';
import { formatDate } from '../i18n/format';
import { lastFullYear, type Period } from './period';

export interface Preset {
  id: string;
  group: 'year' | 'todate' | 'term' | 'last';
  label: string;
  period: Period;
}

const span = (a: number, b: number): Period => ({ from: `${a}-01-01`, to: `${b}-12-31` });

/**
 * The periods offices report on: each year of the data, the year to the data
 * date, the terms (nhiệm kỳ: those targets were set for, and five-year spans
 * ending in 2020, 2025, …), and the last 3, 5 and 10 full years.
 */
export function periodPresets(dataDate: string | null, firstYear: number | null, termSpans: [number, number][], lang: Lang): Preset[] {
  const vi = lang === 'vi';
  const lastFull = lastFullYear(dataDate);
  const lastYear = dataDate ? Number(dataDate.slice(0, 4)) : lastFull;
  const first = firstYear ?? lastFull;
  const out: Preset[] = [];
  if (dataDate && lastYear > lastFull) {
    out.push({
      id: `ytd-${lastYear}`,
      group: 'todate',
      label: vi ? `Từ đầu năm ${lastYear} đến ${formatDate(dataDate, lang)}` : `${lastYear} to ${formatDate(dataDate, lang)}`,
      period: { from: `${lastYear}-01-01`, to: dataDate },
    });
  }
  for (let y = lastYear; y >= first; y--) out.push({ id: `y-${y}`, group: 'year', label: vi ? `Năm ${y}` : `Year ${y}`, period: span(y, y) });
  const terms = new Map<string, [number, number]>();
  for (const [a, b] of termSpans) terms.set(`${a}-${b}`, [a, b]);
  for (let end = Math.ceil(first / 5) * 5; end <= lastYear + 4; end += 5) {
    if (end - 4 <= lastYear) terms.set(`${end - 4}-${end}`, [end - 4, end]);
  }
  for (const [a, b] of [...terms.values()].sort((x, y) => y[0] - x[0])) {
    out.push({ id: `term-${a}-${b}`, group: 'term', label: vi ? `Nhiệm kỳ ${a}–${b}` : `Term ${a}–${b}`, period: span(a, b) });
  }
  for (const n of [3, 5, 10]) {
    if (lastFull - n + 1 < first) continue;
    out.push({
      id: `last-${n}`,
      group: 'last',
      label: vi ? `${n} năm gần nhất (${lastFull - n + 1}–${lastFull})` : `Last ${n} years (${lastFull - n + 1}–${lastFull})`,
      period: span(lastFull - n + 1, lastFull),
    });
  }
  return out;
}
