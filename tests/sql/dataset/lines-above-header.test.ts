import { describe, expect, it } from 'vitest';
import type { TableResult } from '../../../src/dataset/types';
import { writeXlsx } from '../../../src/report/xlsx-write';
import { dataLines, files, load, loadFiles } from './helpers';

const HEADER = 'member_id,unit_id,admitted_on';

/** The line account of a result: every line is the header, a title line, a blank line or a data row. */
function account(t: TableResult) {
  expect(t.lines, 'every line accounted for').toBe(1 + t.titleLines + t.blankLines + t.rows);
  expect(t.loaded + t.rejected).toBe(t.rows);
  return { lines: t.lines, header: t.headerRow, titles: t.titleLines, blanks: t.blankLines, rows: t.rows, loaded: t.loaded, rejected: t.rejected };
}

describe('lines above the header', () => {
  it('a blank line before the header: the file loads, with no "empty file" and no "missing file"', async () => {
    const res = await load({ 'members.csv': `\n${HEADER}\nM1,C1,2005-03-02\n` });
    expect(res.problems).toEqual([]);
    const t = res.tables.members!;
    expect(account(t)).toEqual({ lines: 3, header: 2, titles: 0, blanks: 1, rows: 1, loaded: 1, rejected: 0 });
    expect(t.warnings).toContain('Bỏ qua 1 dòng trống (dòng 1); hàng tên cột là dòng 2');
  });

  it('two title lines and a blank line before the header, as Excel exports them', async () => {
    const csv = ['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 1,,', 'Đảng bộ xã 1,,', ',,', HEADER, 'M1,C1,2005-03-02', 'M2,C1,2006-04-05', ''].join('\r\n');
    const res = await load({ 'members.csv': csv });
    expect(res.problems).toEqual([]);
    const t = res.tables.members!;
    expect(account(t)).toEqual({ lines: 6, header: 4, titles: 2, blanks: 1, rows: 2, loaded: 2, rejected: 0 });
    expect(dataLines(t.csv).map((l) => l.slice(0, 5))).toEqual(['M1,C1', 'M2,C1']);
    expect(t.warnings[0]).toBe('Bỏ qua 2 dòng tiêu đề phía trên (dòng 1–2) và 1 dòng trống (dòng 3); hàng tên cột là dòng 4');
    expect((await load({ 'members.csv': csv }, { lang: 'en' })).tables.members!.warnings[0]).toBe(
      'Skipped 2 title lines above the header (lines 1–2) and 1 blank line (line 3); the header is line 4',
    );
  });

  it('a title line whose text holds another delimiter does not mislead the delimiter guess', async () => {
    const csv = `Đơn vị: Chi bộ thôn 1; Ngày: 01/06/2025\n${HEADER}\nM1,C1,2005-03-02\n`;
    const t = (await load({ 'members.csv': csv })).tables.members!;
    expect(account(t)).toMatchObject({ header: 2, titles: 1, loaded: 1 });
    const semicolons = `DANH SÁCH, ĐẢNG VIÊN\nmember_id;unit_id;admitted_on\nM1;C1;2005-03-02\n`;
    expect(account((await load({ 'members.csv': semicolons })).tables.members!)).toMatchObject({ header: 2, titles: 1, loaded: 1 });
  });

  it('a header in Vietnamese under a title: the register export as it comes', async () => {
    const csv = ['DANH SÁCH ĐẢNG VIÊN', '', 'STT;Mã ĐV;Họ và tên;Chi bộ;Ngày vào Đảng', '1;M1;Nguyễn Văn A;C1;02/03/2005'].join('\n');
    const t = (await load({ 'members.csv': csv })).tables.members!;
    expect(account(t)).toEqual({ lines: 4, header: 3, titles: 1, blanks: 1, rows: 1, loaded: 1, rejected: 0 });
    expect(t.droppedColumns).toEqual(['Họ và tên']);
  });

  it('blank lines among the data and at the end are counted, with their line numbers', async () => {
    const csv = [HEADER, 'M1,C1,2005-03-02', '', ',,', 'M2,C1,2006-04-05', '', '', ''].join('\n');
    const t = (await load({ 'members.csv': csv })).tables.members!;
    // lines 3, 4, 6 and 7: the line break ending line 7 starts no line 8
    expect(account(t)).toEqual({ lines: 7, header: 1, titles: 0, blanks: 4, rows: 2, loaded: 2, rejected: 0 });
    expect(t.warnings[0]).toBe('Bỏ qua 4 dòng trống (dòng 3–4, 6–7)');
  });

  it('a final line break is no blank line: a plain file gets no notice', async () => {
    for (const csv of [`${HEADER}\nM1,C1,2005-03-02\n`, `${HEADER}\r\nM1,C1,2005-03-02\r\n`, `${HEADER}\nM1,C1,2005-03-02`]) {
      const t = (await load({ 'members.csv': csv })).tables.members!;
      expect(account(t)).toEqual({ lines: 2, header: 1, titles: 0, blanks: 0, rows: 1, loaded: 1, rejected: 0 });
      expect(t.warnings).toEqual([]);
    }
  });

  it('many blank lines are listed as ranges, the rest as …', async () => {
    const csv = [HEADER, ...Array.from({ length: 8 }, (_, i) => [`M${i},C1,2005-03-02`, '']).flat(), ...Array(500).fill(',,')].join('\n');
    const t = (await load({ 'members.csv': csv })).tables.members!;
    expect(account(t)).toMatchObject({ blanks: 508, rows: 8 });
    expect(t.warnings[0]).toBe('Bỏ qua 508 dòng trống (dòng 3, 5, 7, 9, 11, 13, …)');
  });

  it('a rejected row is numbered as the spreadsheet shows it, lines above the header included', async () => {
    const csv = ['DANH SÁCH ĐẢNG VIÊN', 'Đảng bộ xã 1', '', HEADER, 'M1,C1,2005-03-02', '', 'M2,C1,31/02/2005', 'M1,C2,2006-01-01'].join('\n');
    const t = (await load({ 'members.csv': csv })).tables.members!;
    expect(account(t)).toEqual({ lines: 8, header: 4, titles: 2, blanks: 2, rows: 3, loaded: 1, rejected: 2 });
    expect(t.errors.map((e) => [e.row, e.column, e.rule])).toEqual([
      [7, 'admitted_on', 'date'],
      [8, 'member_id', 'unique'],
    ]);
    expect(t.errors[1]!.message).toContain('(đã có ở dòng 5)');
  });

  it('missing columns under a title line: the message says which line was taken as the header', async () => {
    const res = await load({ 'members.csv': 'DANH SÁCH ĐẢNG VIÊN\nMã đảng viên,Mã đơn vị,Giới tính\nM1,C1,nam\n' });
    expect(res.problems).toEqual([
      { file: 'members.csv', message: 'Tệp «members.csv» thiếu cột bắt buộc: «Ngày vào Đảng» (admitted_on) (hàng tên cột là dòng 2).' },
    ]);
  });
});

describe('a file with no header row', () => {
  it('blank lines only: one message, no "missing file" beside it', async () => {
    expect((await load({ 'members.csv': '\n\n,,\n' })).problems).toEqual([
      { file: 'members.csv', message: 'Tệp «members.csv» trống hoặc không có dòng tiêu đề.' },
    ]);
  });

  it('title lines only: one message naming the file, the columns looked for and the title line', async () => {
    expect((await load({ 'members.csv': 'DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 1\n\nĐơn vị: Chi bộ thôn 1\n' })).problems).toEqual([
      {
        file: 'members.csv',
        message:
          'Tệp «members.csv»: không tìm thấy hàng tên cột có các cột bắt buộc «Mã đảng viên» (member_id), «Mã đơn vị» (unit_id), «Ngày vào Đảng» (admitted_on) trong tệp; dòng 1 «DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 1» là dòng tiêu đề, không phải tên cột.',
      },
    ]);
  });

  it('a title line and a header too deep to find: "in the first 30 lines"', async () => {
    const csv = ['DANH SÁCH ĐẢNG VIÊN', ...Array(40).fill(''), HEADER, 'M1,C1,2005-03-02'].join('\n');
    expect((await load({ 'members.csv': csv }, { lang: 'en' })).problems).toEqual([
      {
        file: 'members.csv',
        message:
          'File «members.csv»: no header row with the required columns «Member ID» (member_id), «Unit ID» (unit_id), «Admitted on» (admitted_on) in the first 30 lines; line 1 «DANH SÁCH ĐẢNG VIÊN» is a title line, not column names.',
      },
    ]);
  });

  it('a title line above columns of no table, in a file named after none', async () => {
    const res = await load({ 'bao_cao.csv': 'BÁO CÁO\nfoo,bar,baz,qux\n1,2,3,4\n' });
    expect(res.problems.map((p) => p.message)).toEqual([
      'Tệp «bao_cao.csv»: không tìm thấy hàng tên cột khớp một bảng (units, members, admissions, targets, candidates) trong tệp; dòng 1 «BÁO CÁO» là dòng tiêu đề, không phải tên cột.',
    ]);
  });
});

describe('lines above the header in a workbook', () => {
  const cell = (v: string | null) => ({ v });
  const sheet = (rows: (string | null)[][]) => writeXlsx([{ name: 'Đảng viên', rows: rows.map((r) => r.map(cell)) }]);

  it('skips title and blank rows above the header, numbering rows as Excel does', async () => {
    const bytes = sheet([
      ['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 1', null, null],
      ['Đơn vị: Chi bộ thôn 1', null, 'Ngày: 01/06/2025'],
      [],
      ['Mã đảng viên', 'Mã đơn vị', 'Ngày vào Đảng'],
      ['M1', 'C1', '2005-03-02'],
      [null, null, null],
      ['M2', 'C1', '31/02/2005'],
    ]);
    const res = await loadFiles([...files({ 'members.csv': null }), { name: 'members.xlsx', bytes }]);
    expect(res.problems).toEqual([]);
    const t = res.tables.members!;
    expect(account(t)).toEqual({ lines: 7, header: 4, titles: 2, blanks: 2, rows: 2, loaded: 1, rejected: 1 });
    expect(t.errors.map((e) => [e.row, e.column, e.rule])).toEqual([[7, 'admitted_on', 'date']]);
    expect(t.warnings[0]).toBe('Bỏ qua 2 dòng tiêu đề phía trên (dòng 1–2) và 2 dòng trống (dòng 3, 6); hàng tên cột là dòng 4');
  });

  it('a workbook of title rows only gets the one message', async () => {
    const bytes = sheet([['DANH SÁCH ĐẢNG VIÊN'], [], ['Ngày 01/06/2025']]);
    const res = await loadFiles([...files({ 'members.csv': null }), { name: 'members.xlsx', bytes }]);
    expect(res.problems.map((p) => p.file)).toEqual(['members.xlsx']);
    expect(res.problems[0]!.message).toContain('dòng 1 «DANH SÁCH ĐẢNG VIÊN» là dòng tiêu đề');
  });
});
