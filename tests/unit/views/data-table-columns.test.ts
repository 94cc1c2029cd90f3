import { describe, expect, it } from 'vitest';
import { atLeast, cellText, exportHeader, exportRows, formatCell, parseMin, textMatches, type DataColumn } from '../../../src/ui/data-table/columns';

describe('table cells', () => {
  it('format vi and en as the reports do; none reads "–"', () => {
    expect(formatCell('count', 1114, 'vi')).toBe('1.114');
    expect(formatCell('count', 1114, 'en')).toBe('1,114');
    expect(formatCell('percent', 109.22, 'vi')).toBe('109,22%');
    expect(formatCell('percent', 109.22, 'en')).toBe('109.22%');
    expect(formatCell('number', 46.25, 'vi')).toBe('46,3');
    expect(formatCell('count', null, 'vi')).toBe('–');
    expect(formatCell('percent', Number.NaN, 'vi')).toBe('–');
    expect(formatCell('text', 2019, 'vi')).toBe('2019');
  });

  it('a column may display its own text ("không giao")', () => {
    const col: DataColumn<{ t: number | null }> = { id: 't', header: 'Chỉ tiêu', kind: 'count', value: (r) => r.t, display: (r) => (r.t === null ? 'không giao' : null) };
    expect(cellText(col, { t: null }, 'vi')).toBe('không giao');
    expect(cellText(col, { t: 1450 }, 'vi')).toBe('1.450');
  });

  it('reads typed minimums with a decimal comma or point', () => {
    expect(parseMin('50')).toBe(50);
    expect(parseMin('50,5')).toBe(50.5);
    expect(parseMin('50.5')).toBe(50.5);
    expect(parseMin(' 12 % ')).toBe(12);
    expect(parseMin('')).toBeNull();
    expect(parseMin('abc')).toBeNull();
    expect(atLeast(3, 3)).toBe(true);
    expect(atLeast(2.99, 3)).toBe(false);
    expect(atLeast(null, 0)).toBe(false);
    expect(atLeast(null, null)).toBe(true);
  });

  it('matches text without case or diacritics, every word', () => {
    expect(textMatches('Đảng bộ phường Hạ Long', 'ha long')).toBe(true);
    expect(textMatches('Đảng bộ phường Hạ Long', 'dang PHUONG')).toBe(true);
    expect(textMatches('Đảng bộ xã An', 'phuong')).toBe(false);
    expect(textMatches(null, '')).toBe(true);
  });

  it('exports numbers as numbers and shown text for text and empty cells', () => {
    type R = { name: string; n: number; t: number | null; y: number | null };
    const cols: DataColumn<R>[] = [
      { id: 'name', header: 'Đơn vị', kind: 'text', value: (r) => r.name },
      { id: 'n', header: 'Số', group: 'Nữ', kind: 'count', value: (r) => r.n },
      { id: 't', header: 'Chỉ tiêu', kind: 'count', value: (r) => r.t, display: (r) => (r.t === null ? 'không giao' : null) },
      { id: 'y', header: 'Năm', kind: 'text', value: (r) => r.y, display: (r) => (r.y === null ? 'chưa có trong dữ liệu' : null) },
    ];
    expect(cols.map(exportHeader)).toEqual(['Đơn vị', 'Nữ – Số', 'Chỉ tiêu', 'Năm']);
    expect(exportRows(cols, [{ name: '=A1', n: 1114, t: null, y: 2019 }, { name: 'B', n: 0, t: 5, y: null }])).toEqual([
      ['=A1', 1114, 'không giao', 2019],
      ['B', 0, 5, 'chưa có trong dữ liệu'],
    ]);
  });
});
