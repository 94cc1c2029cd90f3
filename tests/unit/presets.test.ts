import { describe, expect, it } from 'vitest';
import { periodPresets } from '../../src/filters/presets';

describe('period presets', () => {
  const p = periodPresets('2026-10-31', 2016, [[2016, 2020]], 'vi');
  const byId = Object.fromEntries(p.map((x) => [x.id, x]));

  it('offers the year to the data date, each year, terms and the last N full years', () => {
    expect(byId['ytd-2026']).toMatchObject({ label: 'Từ đầu năm 2026 đến 31/10/2026', period: { from: '2026-01-01', to: '2026-10-31' } });
    expect(byId['y-2016'].period).toEqual({ from: '2016-01-01', to: '2016-12-31' });
    expect(byId['term-2016-2020'].label).toBe('Nhiệm kỳ 2016–2020');
    expect(byId['term-2021-2025'].period).toEqual({ from: '2021-01-01', to: '2025-12-31' });
    expect(byId['last-3']).toMatchObject({ label: '3 năm gần nhất (2023–2025)', period: { from: '2023-01-01', to: '2025-12-31' } });
    expect(byId['last-10'].period.from).toBe('2016-01-01');
  });

  it('has no year-to-date when the data ends on 31/12', () => {
    expect(periodPresets('2025-12-31', 2020, [], 'en').some((x) => x.group === 'todate')).toBe(false);
  });
});
