import { describe, expect, it } from 'vitest';
import { findHeaderRow, HEADER_SEARCH_ROWS, isBlankRow } from '../../../src/dataset/header-row';

const HEADER = ['member_id', 'unit_id', 'admitted_on'];
const DATA = ['M1', 'C1', '2005-03-02'];
const VI_HEADER = ['STT', 'Mã ĐV', 'Họ và tên', 'Chi bộ', 'Ngày vào Đảng', 'Giới tính'];

/** Only what matters of a result: where the header is, for which table, and the rows skipped above it. */
const where = (rows: string[][], expected?: Parameters<typeof findHeaderRow>[1]) => {
  const r = findHeaderRow(rows, expected);
  return { index: r.index, table: r.table, blank: r.blank, titles: r.titles };
};

describe('isBlankRow', () => {
  it('is true for no cells, empty cells and whitespace, false for any value', () => {
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow([''])).toBe(true);
    expect(isBlankRow(['', ' ', '\t'])).toBe(true);
    expect(isBlankRow(['', '0'])).toBe(false);
  });
});

describe('findHeaderRow', () => {
  it('a header at line 1 is the header, nothing skipped', () => {
    expect(where([HEADER, DATA])).toEqual({ index: 0, table: 'members', blank: [], titles: [] });
    expect(where([HEADER, DATA], 'members')).toEqual({ index: 0, table: 'members', blank: [], titles: [] });
    expect(findHeaderRow([HEADER, DATA]).recognised).toBe(3);
  });

  it('skips blank lines above the header: empty, or only delimiters and spaces', () => {
    expect(where([[''], ['', '', ''], [' ', ''], HEADER, DATA])).toEqual({ index: 3, table: 'members', blank: [0, 1, 2], titles: [] });
  });

  it('skips one title line', () => {
    expect(where([['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 3'], HEADER, DATA], 'members')).toEqual({ index: 1, table: 'members', blank: [], titles: [0] });
  });

  it('skips several title lines and blank lines between them, as Excel exports them (title in the first cell of a wide row)', () => {
    const rows = [
      ['ĐẢNG BỘ XÃ AN BÌNH', '', '', ''],
      ['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 3', '', '', ''],
      ['', '', '', ''],
      ['Ngày 01 tháng 6 năm 2025', '', '', ''],
      HEADER,
      DATA,
    ];
    expect(where(rows)).toEqual({ index: 4, table: 'members', blank: [2], titles: [0, 1, 3] });
  });

  it('a title line with several cells ("Đơn vị: …", "Ngày: …") is a title, not the header', () => {
    const rows = [['Đơn vị: Chi bộ thôn 3', '', '', 'Ngày: 01/06/2025', '', ''], VI_HEADER, ['1', 'M1', 'x', 'C1', '02/03/2005', 'Nam']];
    expect(where(rows, 'members')).toEqual({ index: 1, table: 'members', blank: [], titles: [0] });
  });

  it('recognises a header written in the Vietnamese aliases, with columns it does not know', () => {
    const rows = [['DANH SÁCH ĐẢNG VIÊN'], [''], VI_HEADER];
    const r = findHeaderRow(rows);
    expect(r).toMatchObject({ index: 2, table: 'members', blank: [1], titles: [0] });
    // Mã ĐV, Chi bộ, Ngày vào Đảng, Giới tính
    expect(r.recognised).toBe(4);
  });

  it('judges against the table the file name says, when given', () => {
    // `Mã đơn vị` + `Tên đơn vị`: a units header, but only one members column
    const units = ['Mã đơn vị', 'Tên đơn vị', 'Ghi chú'];
    expect(where([units], 'units')).toMatchObject({ index: 0, table: 'units' });
    expect(where([units])).toMatchObject({ index: 0, table: 'units' });
    expect(where([units], 'members')).toMatchObject({ table: null });
  });

  it('needs at least two columns of a table: one recognised cell in a title does not make it a header', () => {
    expect(where([['Chi bộ', 'Thôn 3'], HEADER])).toEqual({ index: 1, table: 'members', blank: [], titles: [0] });
  });

  it('finds no header in a file of blank lines', () => {
    expect(where([[''], ['', '']])).toEqual({ index: -1, table: null, blank: [0, 1], titles: [] });
    expect(where([])).toEqual({ index: -1, table: null, blank: [], titles: [] });
  });

  it('finds no header in a file of title lines only, and says they are titles', () => {
    expect(where([['DANH SÁCH ĐẢNG VIÊN'], [''], ['Đơn vị: Chi bộ thôn 3']], 'members')).toEqual({ index: -1, table: null, blank: [1], titles: [0, 2] });
  });

  it('with nothing recognised, the first row that is not a title is the header, to be reported by its columns', () => {
    expect(where([['a', 'b'], ['1', '2']])).toEqual({ index: 0, table: null, blank: [], titles: [] });
    expect(where([[''], ['member_id', 'foo'], ['M1', 'x']], 'members')).toEqual({ index: 1, table: null, blank: [0], titles: [] });
    expect(where([['BÁO CÁO'], ['foo', 'bar', 'baz', 'qux'], ['1', '2', '3', '4']])).toEqual({ index: 1, table: null, blank: [], titles: [0] });
  });

  it(`looks at the first ${HEADER_SEARCH_ROWS} rows only`, () => {
    const titles = Array.from({ length: HEADER_SEARCH_ROWS }, (_, i) => [`Dòng ${i + 1}`]);
    const r = findHeaderRow([...titles, HEADER, DATA], 'members');
    expect(r).toMatchObject({ index: -1, table: null, searched: HEADER_SEARCH_ROWS });
    expect(findHeaderRow([...titles.slice(1), HEADER, DATA], 'members').index).toBe(HEADER_SEARCH_ROWS - 1);
  });
});
