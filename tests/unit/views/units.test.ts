import { describe, expect, it } from 'vitest';
import type { SubUnitRow } from '../../../src/indicators/subunits';
import { defaultRanking, rankingInput } from '../../../src/views/units/ranking';
import { kindLabel, unitColumns, unitLabel, type UnitRow } from '../../../src/views/units/unit-columns';

const F = { unitId: 'T01', from: '2025-01-01', to: '2025-12-31', clauses: [] };

function row(id: string, o: Partial<SubUnitRow> = {}): UnitRow {
  const base: SubUnitRow = {
    unitId: id,
    name: id,
    kind: 'dang_bo',
    type: null,
    activeTo: null,
    admissions: 0,
    previousAdmissions: 0,
    admissionsChange: 0,
    target: null,
    achievementPct: null,
    flags: { youth: 0 },
    members: 0,
    membersAtStart: 0,
    admissionRate: null,
    aged61Plus: 0,
    aged61Share: null,
    meanAge: null,
    cells: 0,
    cellsWithAdmission: 0,
    cellsWithoutAdmission: 0,
  };
  return { ...base, ...o, label: o.name ?? id, kindLabel: '' };
}

describe('Đơn vị labels', () => {
  it('mark units dissolved or formed within the period', () => {
    expect(unitLabel('Đảng bộ huyện A', null, '2025-06-30', F, 'vi')).toBe('Đảng bộ huyện A (đến 30/06/2025)');
    expect(unitLabel('Đảng bộ xã B', '2025-07-01', null, F, 'vi')).toBe('Đảng bộ xã B (từ 01/07/2025)');
    expect(unitLabel('Đảng bộ xã C', '2020-01-01', '2025-12-31', F, 'vi')).toBe('Đảng bộ xã C');
  });

  it('tell a grassroots cell from a cell under a grassroots committee', () => {
    expect(kindLabel('dang_bo', null, true, 'vi')).toBe('Đảng bộ');
    expect(kindLabel('chi_bo', 'truong_thpt', true, 'vi')).toBe('Chi bộ cơ sở · Trường THPT');
    expect(kindLabel('chi_bo', 'thon_to_dan_pho', false, 'vi')).toBe('Chi bộ · Thôn, tổ dân phố');
    expect(kindLabel('chi_bo', 'co_quan', true, 'en')).toBe('Grassroots cell · State agency');
  });
});

describe('Đơn vị subtotals', () => {
  const cols = unitColumns('vi', 3);
  const col = (id: string) => cols.find((c) => c.id === id)!;
  const rows = [
    row('a', { admissions: 10, target: 20, achievementPct: 50, members: 100, membersAtStart: 90, flags: { youth: 5 }, meanAge: 40, aged61Plus: 10 }),
    row('b', { admissions: 30, target: null, members: 300, membersAtStart: 310, flags: { youth: 3 }, meanAge: 50, aged61Plus: 60 }),
  ];
  const sub = (id: string) => {
    const s = col(id).subtotal;
    return typeof s === 'function' ? s(rows) : s;
  };

  it('recompute shares from the summed parts, not by adding percentages', () => {
    expect(sub('admissions')).toBe('sum');
    expect(sub('target')).toBe(20);
    // only the units with a target count toward the achievement
    expect(sub('achievement')).toBe(50);
    expect(sub('rate')).toBe(10);
    expect(sub('s_youth')).toBe(20);
    expect(sub('aged61')).toBe(17.5);
    expect(sub('mean_age')).toBe(47.5);
  });

  it('a group whose rows withhold their achievement (under cross-filters) has none', () => {
    const s = col('achievement').subtotal as (r: UnitRow[]) => number | null;
    expect(s([row('x', { admissions: 4, target: 10, achievementPct: null })])).toBeNull();
    expect(s([row('x', { admissions: 4, target: 10, achievementPct: 40 })])).toBe(40);
  });

  it('a group with no target has none', () => {
    const s = col('target').subtotal as (r: UnitRow[]) => number | null;
    expect(s([row('x')])).toBeNull();
  });
});

describe('ranking chart', () => {
  it('ranks best first, units without a value last; achievement only when targets exist', () => {
    const rows = [row('a', { achievementPct: 80, target: 10 }), row('b', { achievementPct: null }), row('c', { achievementPct: 120, target: 5 })];
    expect(defaultRanking(rows)).toBe('achievement');
    expect(defaultRanking([row('x', { admissions: 3 })])).toBe('admissions');
    const input = rankingInput(rows, 'achievement', 'vi');
    expect(input.keys).toEqual(['c', 'a', 'b']);
    expect(input.series[0].values).toEqual([120, 80, null]);
    expect(input.valueFormat).toBe('percent');
    expect(input.horizontal).toBe(true);
  });
});
