import { describe, expect, it } from 'vitest';
import { achievementPct } from '../../../src/indicators/achievement';
import { periodTarget, yearTarget, type TargetRow } from '../../../src/indicators/target';
import { buildTree, type UnitInfo } from '../../../src/model/tree';

const u = (id: string, parentId: string | null): UnitInfo => ({
  id, parentId, name: id, kind: 'dang_bo', type: null, activeFrom: null, activeTo: null, successorId: null,
});
const tree = buildTree([u('P', null), u('A', 'P'), u('B', 'P'), u('A1', 'A'), u('A2', 'A')]);

function rows(list: [string, number, number, number, number | null][]): Map<string, TargetRow[]> {
  const m = new Map<string, TargetRow[]>();
  for (const [unitId, fromYear, toYear, target, targetMax] of list) {
    m.set(unitId, [...(m.get(unitId) ?? []), { unitId, fromYear, toYear, target, targetMax }]);
  }
  return m;
}

describe('target of a year', () => {
  it("a unit's own target wins over the sum of its sub-units'", () => {
    const t = rows([['P', 2023, 2023, 100, null], ['A', 2023, 2023, 30, null], ['B', 2023, 2023, 40, null]]);
    expect(yearTarget(tree, t, 'P', 2023)).toEqual({ target: 100, targetMax: null });
  });

  it('without one, sums the sub-units that have one, each by the same rule', () => {
    const t = rows([['A1', 2023, 2023, 5, null], ['A2', 2023, 2023, 7, 9], ['B', 2023, 2023, 10, null]]);
    expect(yearTarget(tree, t, 'A', 2023)).toEqual({ target: 12, targetMax: 14 });
    expect(yearTarget(tree, t, 'P', 2023)).toEqual({ target: 22, targetMax: 24 });
  });

  it('is none when no unit of the subtree has one', () => {
    expect(yearTarget(tree, rows([['B', 2022, 2022, 1, null]]), 'A', 2022)).toBeNull();
  });
});

describe('target of a period', () => {
  const t = rows([['P', 2016, 2020, 500, 550], ['P', 2019, 2019, 100, 110], ['P', 2020, 2020, 105, null], ['P', 2021, 2021, 90, null]]);
  it('a term target for a period of exactly its years', () => {
    expect(periodTarget(tree, t, { unitId: 'P', from: '2016-01-01', to: '2020-12-31' })).toEqual({ target: 500, targetMax: 550 });
  });
  it('a part of a year takes the whole year', () => {
    expect(periodTarget(tree, t, { unitId: 'P', from: '2019-01-01', to: '2019-08-31' })).toEqual({ target: 100, targetMax: 110 });
  });
  it('several years: the sum, only when each has a target', () => {
    expect(periodTarget(tree, t, { unitId: 'P', from: '2020-01-01', to: '2021-12-31' })).toEqual({ target: 195, targetMax: null });
    expect(periodTarget(tree, t, { unitId: 'P', from: '2018-01-01', to: '2019-12-31' })).toBeNull();
  });
});

describe('achievement', () => {
  it('rounds to two decimals: 365 of 450 is 81,11%', () => {
    expect(achievementPct(365, 450)).toBe(81.11);
    expect(achievementPct(1114, 1020)).toBe(109.22);
  });
  it('has none without a target', () => {
    expect(achievementPct(10, null)).toBeNull();
    expect(achievementPct(10, 0)).toBeNull();
  });
});
