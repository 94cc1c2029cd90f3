import type { Lang } from '../dataset/types';
import { wholeYear, type Period } from '../filters/period';
import { formatCount, formatDate, formatPercent } from '../i18n/format';

/** The earlier period as the reports name it: "năm 2022" (a whole year), "cùng kỳ năm 2022" (a part of one), else its dates. */
export function previousLabel(p: Period, lang: Lang): string {
  const y = wholeYear(p);
  if (y !== null) return lang === 'vi' ? `năm ${y}` : `${y}`;
  if (p.from.slice(0, 4) === p.to.slice(0, 4)) return lang === 'vi' ? `cùng kỳ năm ${p.from.slice(0, 4)}` : `the same period of ${p.from.slice(0, 4)}`;
  const dates = `${formatDate(p.from, lang)} – ${formatDate(p.to, lang)}`;
  return lang === 'vi' ? `cùng kỳ (${dates})` : `the same period (${dates})`;
}

/** How many more or fewer were admitted, as a phrase of the narrative: "tăng 12 đảng viên (3,4%) so với cùng kỳ năm 2022". */
export function changePhrase(change: number, pct: number | null, earlier: Period, lang: Lang): string {
  const label = previousLabel(earlier, lang);
  const share = pct === null ? '' : ` (${formatPercent(Math.abs(pct), lang, 1)})`;
  const n = formatCount(Math.abs(change), lang);
  if (lang === 'vi') return change === 0 ? `bằng ${label}` : `${change > 0 ? 'tăng' : 'giảm'} ${n} đảng viên${share} so với ${label}`;
  return change === 0 ? `as many as in ${label}` : `${n} ${change > 0 ? 'more' : 'fewer'}${share} than in ${label}`;
}

/** The earlier period's label to start a line with: "Cùng kỳ năm 2022", "Năm 2022". */
export function previousCaption(earlier: Period, lang: Lang): string {
  const label = previousLabel(earlier, lang);
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
}

/** The tiles' line under a figure: "Cùng kỳ năm 2022: 1.102 (+12; +1,09%)". */
export function previousNote(before: number, change: number | null, pct: number | null, earlier: Period, lang: Lang): string {
  const head = `${previousCaption(earlier, lang)}: ${formatCount(before, lang)}`;
  if (change === null) return head;
  const sign = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '±');
  const parts = [`${sign(change)}${formatCount(Math.abs(change), lang)}`, ...(pct === null ? [] : [`${sign(pct)}${formatPercent(Math.abs(pct), lang)}`])];
  return `${head} (${parts.join('; ')})`;
}
