import { describe, expect, it } from 'vitest';
import { formToHtml } from '../../../src/report/forms/html';
import { headerSpans, publishForm } from '../../../src/report/forms/published';
import { formToText } from '../../../src/report/forms/text';
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
