/** Dates are whole days since 1970-01-01 (UTC): cheap to compare, add and format. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The export date of the sample: the register as it stood on 31/10/2026. */
export const DATA_DATE = dayOf(2026, 10, 31);
/** First day of the admissions history. */
export const FIRST_DAY = dayOf(2016, 1, 1);
export const FIRST_YEAR = 2016;
export const DATA_YEAR = 2026;
/** Last day of the district level (cấp huyện) and of the pre-merger communes. */
export const REORG_LAST_DAY = dayOf(2025, 6, 30);
export const REORG_FIRST_DAY = dayOf(2025, 7, 1);

const CACHE_FROM = dayOf(1900, 1, 1);
const CACHE_TO = dayOf(2031, 1, 1);
const isoCache: string[] = new Array(CACHE_TO - CACHE_FROM);
const yearCache = new Int16Array(CACHE_TO - CACHE_FROM);
const monthCache = new Int8Array(CACHE_TO - CACHE_FROM);

function fill(day: Day): void {
  const d = new Date(day * MS_PER_DAY);
  const i = day - CACHE_FROM;
  isoCache[i] = d.toISOString().slice(0, 10);
  yearCache[i] = d.getUTCFullYear();
  monthCache[i] = d.getUTCMonth() + 1;
}

function check(day: Day): number {
  const i = day - CACHE_FROM;
  if (!(i >= 0 && i < isoCache.length)) throw new RangeError(`day out of range: ${day}`);
  if (isoCache[i] === undefined) fill(day);
  return i;
}

/** `yyyy-mm-dd`. */
export function iso(day: Day): string {
  return isoCache[check(day)];
}

export function isoOrEmpty(day: Day | null): string {
  return day === null ? '' : iso(day);
}

export function yearOf(day: Day): number {
  return yearCache[check(day)];
}

export function monthOf(day: Day): number {
  return monthCache[check(day)];
}

/** The same calendar day a year later (29/2 becomes 28/2). */
export function plusOneYear(day: Day): Day {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear() + 1;
  const m = d.getUTCMonth() + 1;
  const dd = m === 2 && d.getUTCDate() === 29 ? 28 : d.getUTCDate();
  return dayOf(y, m, dd);
}

export function yearStart(year: number): Day {
  return dayOf(year, 1, 1);
}

export function yearEnd(year: number): Day {
  return dayOf(year, 12, 31);
}
