import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchUnits } from '../../src/filters/unit-search';
import { buildTree, type UnitInfo } from '../../src/model/tree';

const u = (id: string, name: string): UnitInfo => ({ id, parentId: null, name, kind: 'chi_bo', type: null, activeFrom: null, activeTo: null, successorId: null });
const index = buildSearchIndex(
  buildTree([u('a', 'Chi bộ thôn Tượng 1'), u('b', 'Chi bộ thôn Tượng 10'), u('c', 'Chi bộ thôn Tương Lai'), u('d', 'Đảng bộ xã Hợp Thành')]),
);

describe('unit search', () => {
  it('ignores case and diacritics: "tuong 1" finds "Tượng 1" first', () => {
    expect(searchUnits(index, 'tuong 1')).toEqual(['a', 'b']);
  });
  it('matches đ as d and every word anywhere', () => {
    expect(searchUnits(index, 'dang bo thanh')).toEqual(['d']);
    expect(searchUnits(index, 'TƯƠNG')).toEqual(['a', 'b', 'c']);
  });
  it('finds nothing for an empty query', () => {
    expect(searchUnits(index, '   ')).toEqual([]);
  });
});
