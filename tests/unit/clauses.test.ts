import { describe, expect, it } from 'vitest';
import { clausesFromParam, clausesToParam, setClause, toggleClause, withoutClause } from '../../src/filters/filters';

describe('cross-filter clauses', () => {
  it('toggle adds a value, a second toggle removes it, and an empty clause disappears', () => {
    let c = toggleClause([], 'sex', 'nu');
    c = toggleClause(c, 'cell_type', 'thon_to_dan_pho');
    c = toggleClause(c, 'cell_type', 'truong_hoc');
    expect(c).toEqual([
      { dim: 'sex', values: ['nu'] },
      { dim: 'cell_type', values: ['thon_to_dan_pho', 'truong_hoc'] },
    ]);
    expect(toggleClause(c, 'sex', 'nu')).toEqual([{ dim: 'cell_type', values: ['thon_to_dan_pho', 'truong_hoc'] }]);
    expect(withoutClause(c, 'cell_type', 'truong_hoc')).toEqual([{ dim: 'sex', values: ['nu'] }, { dim: 'cell_type', values: ['thon_to_dan_pho'] }]);
  });

  it('set (the filter bar\'s select): replaces the dimension\'s values in place, adds a new one at the end, and none removes it', () => {
    const c = [{ dim: 'cell_type', values: ['thon_to_dan_pho', 'truong_hoc'] }, { dim: 'sex', values: ['nu'] }];
    expect(setClause(c, 'cell_type', ['co_quan'])).toEqual([{ dim: 'cell_type', values: ['co_quan'] }, { dim: 'sex', values: ['nu'] }]);
    expect(setClause(c, 'u.area', ['x'])).toEqual([...c, { dim: 'u.area', values: ['x'] }]);
    expect(setClause(c, 'cell_type', [])).toEqual([{ dim: 'sex', values: ['nu'] }]);
    expect(setClause(c, 'u.area', [])).toEqual(c);
  });

  it('round-trips through the URL, values with separators included', () => {
    const c = [{ dim: 'u.area', values: ['miền núi; cao', 'a,b'] }, { dim: 'sex', values: ['nu'] }];
    expect(clausesFromParam(clausesToParam(c))).toEqual(c);
    expect(clausesFromParam('garbage;:x;sex:')).toEqual([]);
  });
});
