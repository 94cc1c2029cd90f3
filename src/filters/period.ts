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
