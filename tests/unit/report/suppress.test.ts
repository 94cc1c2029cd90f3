import { describe, expect, it } from 'vitest';
import { cellsToHide, publishedCount } from '../../../src/report/suppress';

const m = (o: Record<string, number | null>) => new Map(Object.entries(o));

describe('small-count suppression', () => {
  it('hides counts from 1 to K−1, not 0 and not K', () => {
    expect([...cellsToHide(m({ a: 0, b: 1, c: 4, d: 5 }), [], 5)].sort()).toEqual(['b', 'c']);
  });

  it('hides a second part when one hidden part could be recomputed from the total', () => {
    // total 20 = 3 + 7 + 10: 3 is hidden, so 7 (the smallest other part) must go too
    const v = m({ t: 20, a: 3, b: 7, c: 10 });
    expect([...cellsToHide(v, [{ total: 't', parts: ['a', 'b', 'c'] }], 5)].sort()).toEqual(['a', 'b']);
  });

  it('hides the total when no other part is left to hide', () => {
    const v = m({ t: 12, a: 2, b: 0 });
    expect([...cellsToHide(v, [{ total: 't', parts: ['a', 'b'] }], 5)].sort()).toEqual(['a', 't']);
  });

  it('cascades across groups that share a cell', () => {
    // men + women = all (row group); women of 18-30 + women of 31+ = women (column group)
    const v = m({ all: 30, men: 27, women: 3, w_young: 1, w_old: 2 });
    const hidden = cellsToHide(v, [{ total: 'all', parts: ['men', 'women'] }, { total: 'women', parts: ['w_young', 'w_old'] }], 5);
    expect([...hidden].sort()).toEqual(['men', 'w_old', 'w_young', 'women']);
  });

  it('leaves a table of large counts alone', () => {
    expect(cellsToHide(m({ t: 100, a: 40, b: 60 }), [{ total: 't', parts: ['a', 'b'] }], 5).size).toBe(0);
  });

  it('writes a hidden count as "< K"', () => {
    expect(publishedCount(3, true, 5, 'vi')).toBe('< 5');
    expect(publishedCount(1114, false, 5, 'vi')).toBe('1.114');
  });
});
