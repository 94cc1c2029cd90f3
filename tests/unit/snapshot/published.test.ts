import { describe, expect, it } from 'vitest';
import { safeId, snapshotFileName } from '../../../src/report/snapshot/file-name';
import { Published } from '../../../src/report/snapshot/published';
import { visibleText } from './visible-text';

describe('one suppression decision for the whole snapshot', () => {
  it('prints a small count "< K", a count hidden to protect it "x", and no share from either', () => {
    const p = new Published(5, 'vi').set('all', 20).set('a', 3).set('b', 7).set('c', 10).group('all', ['a', 'b', 'c']);
    expect([p.count('a'), p.count('b'), p.count('c'), p.count('all')]).toEqual(['< 5', 'x', '10', '20']);
    expect([p.raw('a'), p.raw('b'), p.raw('c')]).toEqual([null, null, 10]);
    expect([p.share('a', 'all'), p.share('c', 'all')]).toEqual(['—', '50,00%']);
    expect(p.mean(34.8, 'a')).toBe('—');
    expect(p.hiddenValues()).toEqual(new Map([['a', 3], ['b', 7]]));
  });

  it('hides a number wherever it is printed when another publication hides it (forced), with its group', () => {
    const p = new Published(5, 'vi').set('all', 30).set('men', 12).set('women', 18).group('all', ['men', 'women']).force('women');
    expect([p.count('women'), p.count('men'), p.count('all')]).toEqual(['x', 'x', '30']);
  });

  it('prints the length of a list of named organisations as it is', () => {
    const p = new Published(5, 'vi').setExempt('listed', 3);
    expect(p.count('listed')).toBe('3');
    expect(p.anyHidden()).toBe(false);
  });

  it('refuses a number printed but never registered, or registered twice with two values', () => {
    const p = new Published(5, 'vi').set('a', 1);
    expect(() => p.count('b')).toThrow(/never registered/);
    expect(() => p.set('a', 2)).toThrow(/registered as/);
  });
});

describe('file names and text', () => {
  it('keeps plain ids and makes others ASCII-safe and distinct', () => {
    expect(safeId('T01.XM05')).toBe('T01.XM05');
    expect(safeId('Đảng/bộ 1')).toMatch(/^Dang_bo_1-[0-9a-z]+$/);
    expect(safeId('a/b')).not.toBe(safeId('a:b'));
    expect(safeId('../x')).not.toContain('/');
    expect(snapshotFileName('T01', '2023-01-01', '2023-12-31')).toBe('baocao_T01_2023-01-01_2023-12-31.html');
  });

  it('reads the visible text of a page: cells joined, markup as text', () => {
    const html = '<html><head><style>p{}</style></head><body><p>A &amp; B</p><table><tr><th>x</th><td>&lt;img&gt;</td></tr></table></body></html>';
    expect(visibleText(html)).toBe('A & B\nx | <img>\n');
  });
});
