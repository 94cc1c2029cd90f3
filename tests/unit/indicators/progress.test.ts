import { describe, expect, it } from 'vitest';
import { dayOfYear, progressDay, progressOf, type Pace } from '../../../src/indicators/progress';

const pace = (year: Record<number, number>, before: Record<number, number>, beforeByDay: number): Pace => ({
  year: Array.from({ length: 12 }, (_, m) => year[m + 1] ?? 0),
  before: Array.from({ length: 12 }, (_, m) => before[m + 1] ?? 0),
  beforeByDay,
});

describe('the day a year has reached', () => {
  it('is the period’s end, or the data’s date when earlier', () => {
    expect(progressDay({ from: '2026-01-01', to: '2026-12-31' }, '2026-10-31')).toEqual({ year: 2026, asOf: '2026-10-31' });
    expect(progressDay({ from: '2026-03-01', to: '2026-06-30' }, '2026-10-31')).toEqual({ year: 2026, asOf: '2026-06-30' });
  });
  it('is none across two years, or before the data begins the year', () => {
    expect(progressDay({ from: '2025-07-01', to: '2026-06-30' }, '2026-10-31')).toBeNull();
    expect(progressDay({ from: '2027-01-01', to: '2027-12-31' }, '2026-10-31')).toBeNull();
  });
  it('counts days from 1 January, 29 February included in a leap year', () => {
    expect(dayOfYear('2023-01-01')).toBe(1);
    expect(dayOfYear('2024-03-01')).toBe(61);
    expect(dayOfYear('2023-03-01')).toBe(60);
    expect(dayOfYear('2024-12-31')).toBe(366);
  });
});

describe('progress from a pace', () => {
  const day = { year: 2024, asOf: '2024-06-30' };
  it('projects with the share of the previous years by the day', () => {
    // 6 so far; before: 4 of 10 by 30/06, so 6 / 0,4 = 15 ≥ 12
    const p = progressOf(pace({ 2: 2, 5: 4 }, { 3: 4, 9: 6 }, 4), { target: 12, targetMax: null }, day);
    expect(p).toMatchObject({ admitted: 6, remaining: 6, usualShare: 0.4, fromHistory: true, projected: 15, atRisk: false });
    expect(p.monthly.cumulative).toEqual([0, 2, 2, 2, 6, 6, null, null, null, null, null, null]);
    // the pace: 4/10 of 12 from March, all of it from September
    expect(p.monthly.pace.slice(1, 3)).toEqual([0, 4.8]);
    expect(p.monthly.pace[8]).toBe(12);
  });
  it('without previous admissions, takes the days gone by: 182 of 366 in 2024', () => {
    const p = progressOf(pace({ 6: 3 }, {}, 0), { target: 10, targetMax: 12 }, day);
    // 3 / (182/366) = 6,03 → 6 < 10
    expect(p).toMatchObject({ usualShare: 0.4973, fromHistory: false, projected: 6, atRisk: true, remaining: 7, targetMax: 12 });
  });
  it('when nothing usually falls by the day, projects the count itself', () => {
    const p = progressOf(pace({ 1: 1 }, { 11: 5 }, 0), { target: 2, targetMax: null }, day);
    expect(p).toMatchObject({ usualShare: 0, projected: 1, atRisk: true });
  });
  it('has nothing left to admit once the target is reached', () => {
    expect(progressOf(pace({ 1: 9 }, {}, 0), { target: 8, targetMax: null }, day)).toMatchObject({ remaining: 0, atRisk: false });
  });
});
