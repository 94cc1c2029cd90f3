import type { Lang } from '../dataset/types';

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(key, f);
  }
  return f;
}

/** `1.114` in Vietnamese, `1,114` in English. */
export function formatCount(n: number, lang: Lang): string {
  return numberFormat(lang, 0).format(n);
}

/** `109,22%`: the number through Intl, the sign glued on as the reports write it. */
export function formatPercent(n: number, lang: Lang, decimals = 2): string {
  return `${numberFormat(lang, decimals).format(n)}%`;
}

export function formatNumber(n: number, lang: Lang, decimals = 1): string {
  return numberFormat(lang, decimals).format(n);
}

const collator = new Intl.Collator('vi');

/**
 * Vietnamese alphabetical order, as `a.localeCompare(b, 'vi')` (which builds
 * a collator on every call, slow when a province's sub-units are sorted).
 */
export const compareVi = (a: string, b: string): number => collator.compare(a, b);

const dateFormats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};

/** ISO `2023-08-31` -> `31/08/2023` (both languages use day first here: the offices' order). */
export function formatDate(iso: string, lang: Lang): string {
  const f = (dateFormats[lang] ??= new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }));
  return f.format(new Date(`${iso}T00:00:00Z`));
}

const dayMonthFormats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};

/**
 * A year as a per-year chart or table names it: "2026 (đến 31/10)" when the
 * data ends inside it (`dataDate` before its 31/12), so that nobody reads a
 * fall where there is only less time; else just the year.
 */
export function yearLabel(year: number, dataDate: string | null, lang: Lang): string {
  if (!dataDate || Number(dataDate.slice(0, 4)) !== year || dataDate.endsWith('-12-31')) return String(year);
  const f = (dayMonthFormats[lang] ??= new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { day: '2-digit', month: '2-digit', timeZone: 'UTC' }));
  // vi-VN writes a day and month alone as 31-10: the parts are joined as the full date writes them, 31/10
  const parts = f.formatToParts(new Date(`${dataDate}T00:00:00Z`));
  const dayMonth = ['day', 'month'].map((t) => parts.find((x) => x.type === t)?.value ?? '').join('/');
  return lang === 'vi' ? `${year} (đến ${dayMonth})` : `${year} (to ${dayMonth})`;
}
