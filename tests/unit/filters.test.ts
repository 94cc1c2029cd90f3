import { describe, expect, it } from 'vitest';
import { isIsoDate, lastFullYear, wholeYear, wholeYearPeriod } from '../../src/filters/period';
import { formatCount, formatDate, formatPercent } from '../../src/i18n/format';

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
