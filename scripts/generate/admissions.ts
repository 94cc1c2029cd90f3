import { DATA_DATE, DATA_YEAR, type Day, dayOf, FIRST_DAY, FIRST_YEAR, monthOf, yearOf } from './dates';
import { admissionPerson, type AdmissionPerson } from './people';
import type { Random } from './random';
import type { Cell } from './units';

/** One admission decision (kết nạp). */
export interface Admission {
  cell: Cell;
  day: Day;
  person: AdmissionPerson;
  id: string;
  memberId: string;
}

/**
 * Admissions a year in the sample province of 80,000 members (2026: January to
 * October). About 1.5% of the membership, with the 2020-2021 dip and the push
 * before the 2025 congresses.
 */
const PROFILE: Readonly<Record<number, number>> = {
  2016: 1180, 2017: 1255, 2018: 1320, 2019: 1290, 2020: 1140, 2021: 1010,
  2022: 1090, 2023: 1380, 2024: 1450, 2025: 1310, 2026: 1100,
};

/** Admissions are lumpy over the year: before 19/5 and 2/9, and the year-end push to meet the target. */
const MONTH_WEIGHT = [0.6, 0.7, 1.2, 1.0, 1.5, 1.0, 0.9, 1.2, 1.1, 0.9, 1.0, 1.3];
/** Days a ceremony is often held on, by month. */
const CEREMONY_DAY: Readonly<Record<number, number>> = { 2: 3, 3: 26, 5: 19, 8: 19, 9: 2, 12: 22 };

/** Expected admissions per year for a province (2026 covers January-October). */
export function admissionTotals(rng: Random, provinceIndex: number, members: number): Map<number, number> {
  const scale = members / 80_000;
  const factor = provinceIndex === 0 ? 1 : rng.uniform(1.2, 2.6);
  const totals = new Map<number, number>();
  for (let y = FIRST_YEAR; y <= DATA_YEAR; y++) {
    totals.set(y, PROFILE[y] * scale * factor * (provinceIndex === 0 ? 1 : rng.spread(0.06)));
  }
  return totals;
}

interface Month {
  start: Day;
  end: Day;
  year: number;
  /** Intensity per day for a cell of rate 1. */
  perDay: number;
  cumStart: number;
}

function months(): Month[] {
  const out: Month[] = [];
  for (let y = FIRST_YEAR; y <= DATA_YEAR; y++) {
    for (let m = 1; m <= 12; m++) {
      const start = dayOf(y, m, 1);
      if (start > DATA_DATE) break;
      const end = Math.min(DATA_DATE, dayOf(y, m + 1, 1) - 1);
      out.push({ start, end, year: y, perDay: MONTH_WEIGHT[m - 1] / 365.25, cumStart: 0 });
    }
  }
  return out;
}

/**
 * Draws admission dates for every cell. Each cell admits as a renewal process
 * with fairly regular gaps (gamma intervals), running on a clock that goes faster
 * in busy months and years, scaled so that each year's expected total matches
 * `totals`. Regular gaps keep most village cells admitting every two or three
 * years, while cells of low rate go several years without, as in the reports.
 */
export function admissionDays(rng: Random, cells: readonly Cell[], totals: Map<number, number>): Day[][] {
  const ms = months();
  const expected = new Map<number, number>();
  for (const m of ms) {
    let sum = 0;
    for (const c of cells) {
      const overlap = Math.min(m.end, c.to) - Math.max(m.start, c.from) + 1;
      if (overlap > 0 && c.rate > 0) sum += c.rate * overlap;
    }
    expected.set(m.year, (expected.get(m.year) ?? 0) + sum * m.perDay);
  }
  let cum = 0;
  for (const m of ms) {
    const e = expected.get(m.year) ?? 0;
    m.perDay *= e > 0 ? (totals.get(m.year) ?? 0) / e : 0;
    m.cumStart = cum;
    cum += m.perDay * (m.end - m.start + 1);
  }
  const clockAt = (day: Day): number => {
    let lo = 0;
    let hi = ms.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ms[mid].start <= day) lo = mid;
      else hi = mid - 1;
    }
    const m = ms[lo];
    return m.cumStart + m.perDay * (Math.min(day, m.end + 1) - m.start);
  };
  const dayAt = (u: number): Day => {
    let lo = 0;
    let hi = ms.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ms[mid].cumStart <= u) lo = mid;
      else hi = mid - 1;
    }
    const m = ms[lo];
    return Math.min(m.end, m.start + Math.floor((u - m.cumStart) / m.perDay));
  };

  return cells.map((c) => {
    const days: Day[] = [];
    if (c.rate <= 0) return days;
    const shape = c.type === 'thon_to_dan_pho' ? 4 : 2;
    const mean = 1 / c.rate;
    const end = clockAt(c.to + 1);
    // Start in equilibrium: the first gap is length-biased (a gamma of one more shape).
    let u = clockAt(c.from) + rng.gamma(shape + 1, (mean * (shape + 1)) / shape) * rng.next();
    while (u < end) {
      let day = Math.max(c.from, Math.min(c.to, dayAt(u)));
      const month = monthOf(day);
      if (CEREMONY_DAY[month] && rng.chance(0.15)) {
        const ceremony = dayOf(yearOf(day), month, CEREMONY_DAY[month]);
        if (ceremony >= c.from && ceremony <= c.to) day = ceremony;
      }
      days.push(day);
      u += rng.gamma(shape, mean);
    }
    return days;
  });
}

/** Admissions of one province, in date order, with the persons admitted. */
export function buildAdmissions(rng: Random, cells: readonly Cell[], totals: Map<number, number>): Admission[] {
  const perCell = admissionDays(rng, cells, totals);
  const out: Admission[] = [];
  cells.forEach((cell, i) => {
    for (let day of perCell[i]) {
      const person = admissionPerson(rng, cell, yearOf(day));
      if (person.pupil && (monthOf(day) < 2 || monthOf(day) > 5)) {
        // Grade-12 pupils are admitted in the spring, before they leave school.
        const y = yearOf(day);
        const spring = dayOf(y, 3, 1) + rng.int(0, 91);
        if (spring >= cell.from && spring <= cell.to && spring >= FIRST_DAY) day = spring;
      }
      out.push({ cell, day, person, id: '', memberId: '' });
    }
  });
  out.sort((a, b) => a.day - b.day);
  return out;
}
