import { describe, expect, it } from 'vitest';
import { isIsoDate, lastFullYear, previousPeriod, wholeYear, wholeYearPeriod } from '../../src/filters/period';
import { formatCount, formatDate, formatPercent, yearLabel } from '../../src/i18n/format';

describe('periods', () => {
  it('knows real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('31/08/2023')).toBe(false);
  });
  it('the last full year is the one before the data date unless it ends on 31/12', () => {
    expect(lastFullYear('2026-10-31')).toBe(2025);
    expect(lastFullYear('2025-12-31')).toBe(2025);
  });
  it('recognises a whole year', () => {
    expect(wholeYear({ from: '2023-01-01', to: '2023-12-31' })).toBe(2023);
    expect(wholeYear({ from: '2023-01-01', to: '2023-08-31' })).toBeNull();
  });
  it('whole years as far as the data goes: to a 31/12, or to the last event or later', () => {
    expect(wholeYearPeriod({ from: '2021-01-01', to: '2025-12-31' }, null)).toBe(true);
    expect(wholeYearPeriod({ from: '2026-01-01', to: '2026-10-31' }, '2026-10-31')).toBe(true);
    expect(wholeYearPeriod({ from: '2026-01-01', to: '2026-06-30' }, '2026-10-31')).toBe(false);
    expect(wholeYearPeriod({ from: '2026-01-01', to: '2026-10-31' }, null)).toBe(false);
    expect(wholeYearPeriod({ from: '2024-03-01', to: '2025-12-31' }, '2026-10-31')).toBe(false);
  });
});

describe('Vietnamese formats', () => {
  it('writes numbers, percentages and dates as the reports do', () => {
    expect(formatCount(1114, 'vi')).toBe('1.114');
    expect(formatPercent(109.22, 'vi')).toBe('109,22%');
    expect(formatDate('2023-08-31', 'vi')).toBe('31/08/2023');
    expect(formatCount(1114, 'en')).toBe('1,114');
    expect(formatPercent(109.22, 'en')).toBe('109.22%');
  });
});

describe('previousPeriod: the same period of the year before (cùng kỳ)', () => {
  it('moves each date a year back', () => {
    expect(previousPeriod({ from: '2023-01-01', to: '2023-12-31' })).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-10-31' })).toEqual({ from: '2025-01-01', to: '2025-10-31' });
    expect(previousPeriod({ from: '2021-01-01', to: '2025-12-31' })).toEqual({ from: '2020-01-01', to: '2024-12-31' });
  });
  it('a period ending with February ends with the February before, across a leap day both ways', () => {
    expect(previousPeriod({ from: '2024-01-01', to: '2024-02-29' })).toEqual({ from: '2023-01-01', to: '2023-02-28' });
    expect(previousPeriod({ from: '2025-01-01', to: '2025-02-28' })).toEqual({ from: '2024-01-01', to: '2024-02-29' });
    // 28/02 of a leap year is not the month's end: it stays the 28th
    expect(previousPeriod({ from: '2023-03-01', to: '2024-02-28' })).toEqual({ from: '2022-03-01', to: '2023-02-28' });
  });
  it('29/02 as a first day becomes 28/02', () => {
    expect(previousPeriod({ from: '2024-02-29', to: '2024-03-31' })).toEqual({ from: '2023-02-28', to: '2023-03-31' });
  });
});

describe('yearLabel: a year the data does not cover to its end says so', () => {
  it('names the data date in the last year, and nothing otherwise', () => {
    expect(yearLabel(2026, '2026-10-31', 'vi')).toBe('2026 (đến 31/10)');
    expect(yearLabel(2026, '2026-03-05', 'en')).toBe('2026 (to 05/03)');
    expect(yearLabel(2025, '2026-10-31', 'vi')).toBe('2025');
    expect(yearLabel(2026, '2026-12-31', 'vi')).toBe('2026');
    expect(yearLabel(2026, null, 'vi')).toBe('2026');
  });
});
