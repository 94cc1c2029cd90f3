import { describe, expect, it } from 'vitest';
import { formToHtml } from '../../../src/report/forms/html';
import { headerSpans, publishForm } from '../../../src/report/forms/published';
import { formToText } from '../../../src/report/forms/text';
import { hiddenTogether, sharedCells } from '../../../src/report/forms/together';
import type { FormTable } from '../../../src/report/forms/types';

// A hand-made Biểu 1 (balance columns) with a sub-unit, to see suppression without an engine.
const table: FormTable = {
  id: 'bieu1',
  title: 'Biểu 1: Tăng, giảm đảng viên',
  subtitle: 'Đảng bộ thử — từ 01/01/2023 đến 31/12/2023',
  columns: [
    { key: 'start', label: 'Đầu kỳ' },
    { key: 'admitted', label: 'Kết nạp', group: 'Tăng' },
    { key: 'left_a', label: 'Từ trần', group: 'Giảm' },
    { key: 'left_b', label: 'Chuyển đi', group: 'Giảm' },
    { key: 'left_total', label: 'Tổng giảm', group: 'Giảm' },
    { key: 'end', label: 'Cuối kỳ' },
  ],
  rows: [
    { key: 'total', no: '', label: 'Tổng số', level: 0, cells: [1200, 40, 3, 30, 33, 1207] },
    { key: 'X', no: '1', label: 'Đảng bộ xã <X>', level: 1, cells: [1200, 40, 3, 30, 33, 1207] },
  ],
  sums: [
    { total: 'total:left_total', parts: ['total:left_a', 'total:left_b'] },
    { total: 'X:left_total', parts: ['X:left_a', 'X:left_b'] },
  ],
  notes: ['Ghi chú.'],
};

describe('publishForm', () => {
  it('exact numbers in Vietnamese format when minCell is null', () => {
    const p = publishForm(table, { minCell: null, lang: 'vi' });
    expect(p.text[0]).toEqual(['1.200', '40', '3', '30', '33', '1.207']);
    expect(p.notes).toEqual(['Ghi chú.']);
    expect(publishForm(table, { minCell: null, lang: 'en' }).text[0][0]).toBe('1,200');
  });

  it('hides the small one, and a second part of its sum ("x"), never claiming a big number is "< 5"', () => {
    const p = publishForm(table, { minCell: 5, lang: 'vi' });
    // 3 = 33 − 30: the 30 goes too
    expect(p.text[0]).toEqual(['1.200', '40', '< 5', 'x', '33', '1.207']);
    expect([...p.small].sort()).toEqual(['X:left_a', 'total:left_a']);
    expect(p.notes).toHaveLength(3);
  });

  it('guards the balance: with a small total decrease, start + admitted − end would give it away', () => {
    const t: FormTable = { ...table, rows: [{ key: 'total', no: '', label: 'Tổng số', level: 0, cells: [1200, 40, 1, 2, 3, 1237] }], sums: [table.sums[0]] };
    const p = publishForm(t, { minCell: 5, lang: 'vi' });
    expect(p.text[0].slice(2, 5)).toEqual(['< 5', '< 5', '< 5']);
    // one of start, admitted, end is hidden as well
    expect(p.text[0].filter((v) => v === 'x')).toHaveLength(1);
  });

  it('hides a cell another part of the publication hides, as "x", with a part of its sum', () => {
    const p = publishForm(table, { minCell: 5, lang: 'vi', hidden: new Set(['X:left_b']) });
    // 30 is hidden from outside; 33 = 3 + 30 leaves both unknown, so nothing more in that row
    expect(p.text[1]).toEqual(['1.200', '40', '< 5', 'x', '33', '1.207']);
    expect(p.secondary.has('X:left_b')).toBe(true);
    // without minCell the page shows exact numbers whatever is asked
    expect(publishForm(table, { minCell: null, lang: 'vi', hidden: new Set(['X:left_b']) }).text[1][3]).toBe('30');
  });

  it('groups consecutive columns of one group', () => {
    expect(headerSpans(table)).toEqual([
      { group: undefined, start: 0, span: 1 },
      { group: 'Tăng', start: 1, span: 1 },
      { group: 'Giảm', start: 2, span: 3 },
      { group: undefined, start: 5, span: 1 },
    ]);
  });
});

describe('formToText and formToHtml', () => {
  it('text: fixed columns, numbers right-aligned, sub-rows indented', () => {
    const text = formToText(table, { minCell: null, lang: 'vi' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Biểu 1: Tăng, giảm đảng viên');
    const total = lines.find((l) => l.includes('Tổng số  '))!;
    const sub = lines.find((l) => l.includes('xã <X>'))!;
    expect(sub).toContain('|   Đảng bộ xã <X>');
    expect(total.length).toBe(sub.length);
    expect(total.endsWith(' 1.207')).toBe(true);
    expect(text.endsWith('* Ghi chú.\n')).toBe(true);
  });

  it('html: escaped, two header rows, no script way in', () => {
    const html = formToHtml(table, { minCell: 5, lang: 'vi' });
    expect(html).toContain('Đảng bộ xã &#60;X&#62;');
    expect(html).toContain('<th colspan="3" scope="colgroup">Giảm</th>');
    expect(html).toContain('<th rowspan="2" scope="col">Đầu kỳ</th>');
    expect(html).toContain('>&#60; 5</td>');
    expect(html).toContain('<p class="form-note">');
  });
});

describe('forms published together', () => {
  // Biểu 1's Cuối kỳ and Biểu 3's Tổng số are the same members on D, row by row
  const b1: FormTable = {
    ...table,
    rows: [
      { key: 'total', no: '', label: 'Tổng số', level: 0, cells: [1200, 40, 3, 30, 33, 1207] },
      { key: 'X', no: '1', label: 'Xã X', level: 1, cells: [100, 10, 2, 1, 3, 107] },
      { key: 'Y', no: '2', label: 'Xã Y', level: 1, cells: [1100, 30, 1, 29, 30, 1100] },
    ],
    sums: [],
  };
  const b3: FormTable = {
    id: 'bieu3',
    title: 'Biểu 3: Đội ngũ đảng viên',
    subtitle: '',
    columns: [
      { key: 'total', label: 'Tổng số' },
      { key: 'women', label: 'Nữ', group: 'Trong đó' },
    ],
    rows: [
      { key: 'total', no: '', label: 'Tổng số', level: 0, cells: [1207, 600] },
      { key: 'X', no: '1', label: 'Xã X', level: 1, cells: [107, 50] },
      { key: 'Y', no: '2', label: 'Xã Y', level: 1, cells: [1100, 550] },
    ],
    sums: [{ total: 'total:total', parts: ['X:total', 'Y:total'] }],
    notes: [],
  };

  it('pairs Biểu 1’s Cuối kỳ with Biểu 3’s Tổng số in every row', () => {
    expect(sharedCells([b1, b3])).toEqual([
      [0, 'total:end', 1, 'total:total'],
      [0, 'X:end', 1, 'X:total'],
      [0, 'Y:end', 1, 'Y:total'],
    ]);
    expect(sharedCells([b3])).toEqual([]);
  });

  it('a Cuối kỳ Biểu 1 hides (107 = 100 + 10 − 3) is hidden in Biểu 3 too, with what gives it away there', () => {
    // alone, Biểu 1 hides X's 3 and, for the balance, its 107; Biểu 3 would print 107
    expect(publishForm(b1, { minCell: 5, lang: 'vi' }).text.map((r) => r[5])).toEqual(['1.207', 'x', '1.100']);
    expect(publishForm(b3, { minCell: 5, lang: 'vi' }).text.map((r) => r[0])).toEqual(['1.207', '107', '1.100']);
    const forced = hiddenTogether([b1, b3], 5);
    const [p1, p3] = [publishForm(b1, { minCell: 5, lang: 'vi', hidden: forced[0] }), publishForm(b3, { minCell: 5, lang: 'vi', hidden: forced[1] })];
    // 1207 = 107 + 1100 would give 107 away: Y's 1100 goes too, in both forms; then Y's balance in Biểu 1
    // (1100 + 30 = Cuối kỳ + Tổng giảm) would give its Cuối kỳ away: its Tổng giảm goes too
    expect(p3.text.map((r) => r[0])).toEqual(['1.207', 'x', 'x']);
    expect(p1.text.map((r) => r[5])).toEqual(['1.207', 'x', 'x']);
    expect(p1.text[2]).toEqual(['1.100', '30', '< 5', '29', 'x', 'x']);
  });
});
