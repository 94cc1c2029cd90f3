const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in ISO form (`2023-02-31` is not). */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export interface Period {
  from: string;
  to: string;
}

export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The last calendar year that the data covers to its end (the year before the data date, unless that is 31/12). */
export function lastFullYear(dataDate: string | null, today = new Date()): number {
  if (!dataDate) return today.getUTCFullYear() - 1;
  const y = Number(dataDate.slice(0, 4));
  return dataDate.endsWith('-12-31') ? y : y - 1;
}

/** True when the period is one whole calendar year. */
export function wholeYear(p: Period): number | null {
  const y = Number(p.from.slice(0, 4));
  return p.from === `${y}-01-01` && p.to === `${y}-12-31` ? y : null;
}

/**
 * Whether the period is whole calendar years as far as the data goes: from a
 * 01/01 to a 31/12, or to a date on or after the data's last event (the year
 * to date). Tables kept per year answer such a period.
 */
export function wholeYearPeriod(p: Period, lastEvent: string | null): boolean {
  return p.from.endsWith('-01-01') && (p.to.endsWith('-12-31') || (lastEvent !== null && p.to >= lastEvent));
}

/** The ISO date of the day before `iso` (the start of a period is counted at the end of the day before it). */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The last day of February of `year` (29 in a leap year). */
const endOfFebruary = (year: number) => (new Date(Date.UTC(year, 2, 0)).getUTCDate() === 29 ? `${year}-02-29` : `${year}-02-28`);

/**
 * The same period of the year before (cùng kỳ năm trước): each date a year
 * earlier. A period that ends with February ends with the February of the
 * year before (28/02/2025 ↔ 29/02/2024, and back), and 29/02 as a first day
 * becomes 28/02.
 */
export function previousPeriod(p: Period): Period {
  const back = (iso: string, end: boolean) => {
    const y = Number(iso.slice(0, 4)) - 1;
    const md = iso.slice(5);
    if (md === '02-29' || (end && iso === endOfFebruary(y + 1))) return end ? endOfFebruary(y) : `${y}-02-28`;
    return `${y}-${md}`;
  };
  return { from: back(p.from, false), to: back(p.to, true) };
}
