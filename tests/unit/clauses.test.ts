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
    expect(setClause(c, 'u.khu_vuc', ['Miền núi'])).toEqual([...c, { dim: 'u.khu_vuc', values: ['Miền núi'] }]);
    expect(setClause(c, 'cell_type', [])).toEqual([{ dim: 'sex', values: ['nu'] }]);
    expect(setClause(c, 'u.khu_vuc', [])).toEqual(c);
  });

  it('round-trips through the URL, values with separators included', () => {
    const c = [{ dim: 'u.khu_vuc', values: ['Miền núi; cao', 'a,b', '50%', '%E1'] }, { dim: 'sex', values: ['nu'] }];
    expect(clausesFromParam(clausesToParam(c))).toEqual(c);
    expect(clausesFromParam('garbage;:x;sex:')).toEqual([]);
  });

  it('writes a value with diacritics and spaces as written, encoded once by the address bar', () => {
    const c = [{ dim: 'u.khu_vuc', values: ['Miền núi', 'Đồng bằng'] }];
    expect(clausesToParam(c)).toBe('u.khu_vuc:Miền núi,Đồng bằng');
    const url = new URLSearchParams({ f: clausesToParam(c) }).toString();
    expect(url).toBe('f=u.khu_vuc%3AMi%E1%BB%81n+n%C3%BAi%2C%C4%90%E1%BB%93ng+b%E1%BA%B1ng');
    expect(clausesFromParam(new URLSearchParams(url).get('f'))).toEqual(c);
  });

  it('reads links written when every value was percent-encoded first', () => {
    const old = `u.khu_vuc:${['Miền núi', 'a,b'].map(encodeURIComponent).join(',')};sex:nu`;
    expect(clausesFromParam(old)).toEqual([{ dim: 'u.khu_vuc', values: ['Miền núi', 'a,b'] }, { dim: 'sex', values: ['nu'] }]);
    const viaAddressBar = new URLSearchParams(new URLSearchParams({ f: old }).toString()).get('f');
    expect(clausesFromParam(viaAddressBar)).toEqual(clausesFromParam(old));
  });
});
