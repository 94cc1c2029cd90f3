import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/dataset/messages';
import { TABLE_NAMES } from '../../../src/dataset/schema';
import type { TableResult } from '../../../src/dataset/types';
import { datasetVerdict, problemLine } from '../../../src/dataset/verdict';
import { cp1258 } from '../../unit/dataset/cp1258';
import { engine, files, load, loadFiles, utf8, type Loaded } from './helpers';

/**
 * Issue 19: no line of a file vanishes. Each case is a file of a few lines
 * whose every count is worked out by hand in the comments: which line is the
 * header, a title, blank, a data row; which rows load and which are
 * rejected, by what rule.
 */

const msg = messages('vi');
const HEADER = 'member_id,unit_id,admitted_on';

/** The counts of a result, every line accounted for. */
function counts(t: TableResult) {
  expect(t.loaded + t.rejected, 'loaded + rejected = rows').toBe(t.rows);
  expect(t.lines, 'every line is the header, a title, blank or a row').toBe(1 + t.titleLines + t.blankLines + t.rows);
  return { lines: t.lines, rows: t.rows, loaded: t.loaded, rejected: t.rejected, blankLines: t.blankLines };
}

const errorsOf = (t: TableResult) => t.errors.map((e) => [e.row, e.column, e.rule]);

/** Rows of a typed table of a load, as the engine holds them. */
async function rows(res: Loaded, table: string, columns: string): Promise<Record<string, unknown>[]> {
  return (await engine()).query(`SELECT ${columns} FROM ${res.schema}.${table}`);
}

describe('a quote opened and never closed where it should be', () => {
  it('mid-file in members.csv: that row alone is rejected, the rows after it load', async () => {
    const csv = [
      HEADER, //                line 1: header
      'M1,C1,2005-03-02', //    line 2: loads
      'M2,"C1,2005-03-02', //   line 3: the quote closes only on line 6, after whole rows: rejected (quote)
      'M3,C1,2005-03-02', //    line 4: loads
      '', //                    line 5: blank
      'M4,C1,"2006-04-05"', //  line 6: loads (its own quotes are fine)
      'M5,C2,2007-01-01', //    line 7: loads
    ].join('\n');
    const res = await load({ 'members.csv': csv });
    const t = res.tables.members!;
    expect(counts(t)).toEqual({ lines: 7, rows: 5, loaded: 4, rejected: 1, blankLines: 1 });
    expect(t.errors).toEqual([{ row: 3, column: '', rule: 'quote', message: msg.brokenQuote }]);
    expect(await rows(res, 'members', 'member_id, unit_id, strftime(admitted_on, \'%Y-%m-%d\') AS d')).toEqual([
      { member_id: 'M1', unit_id: 'C1', d: '2005-03-02' },
      { member_id: 'M3', unit_id: 'C1', d: '2005-03-02' },
      { member_id: 'M4', unit_id: 'C1', d: '2006-04-05' },
      { member_id: 'M5', unit_id: 'C2', d: '2007-01-01' },
    ]);
    expect(t.rejectedCsv.split('\r\n')[1]).toMatch(/^M2,/);
  });

  it('a quote that never closes at all: its row is rejected, the lines after it are rows of their own', async () => {
    // line 2 opens a quote that no later line closes: rejected; lines 3 and 4 load
    const t = (await load({ 'members.csv': `${HEADER}\nM1,"C1,2005-03-02\nM2,C1,2005-03-02\nM3,C1,2005-03-02\n` })).tables.members!;
    expect(counts(t)).toEqual({ lines: 4, rows: 3, loaded: 2, rejected: 1, blankLines: 0 });
    expect(errorsOf(t)).toEqual([[2, '', 'quote']]);
  });
});

describe('line ends', () => {
  it('CRLF lines followed by LF lines: every row loads, numbered as an editor numbers them', async () => {
    // lines 2–3 end in CRLF, lines 4–5 in LF: four rows, none merged, no value keeps a CR
    const csv = `${HEADER}\r\nM1,C1,2005-03-02\r\nM2,C1,2005-03-03\r\nM3,C2,2005-03-04\nM4,C2,2005-03-05\n`;
    const res = await load({ 'members.csv': csv });
    expect(counts(res.tables.members!)).toEqual({ lines: 5, rows: 4, loaded: 4, rejected: 0, blankLines: 0 });
    expect(await rows(res, 'members', 'member_id, unit_id, strftime(admitted_on, \'%Y-%m-%d\') AS d')).toEqual([
      { member_id: 'M1', unit_id: 'C1', d: '2005-03-02' },
      { member_id: 'M2', unit_id: 'C1', d: '2005-03-03' },
      { member_id: 'M3', unit_id: 'C2', d: '2005-03-04' },
      { member_id: 'M4', unit_id: 'C2', d: '2005-03-05' },
    ]);
    // the same with a bad date on the last LF line: rejected as line 6
    const bad = (await load({ 'members.csv': `${csv}M5,C2,2005-13-01\n` })).tables.members!;
    expect(counts(bad)).toEqual({ lines: 6, rows: 5, loaded: 4, rejected: 1, blankLines: 0 });
    expect(errorsOf(bad)).toEqual([[6, 'admitted_on', 'date']]);
  });

  it('lone CR line ends: every row loads, none merged with the next', async () => {
    // classic Mac line ends: header, three rows, a final CR that starts no line
    const res = await load({ 'members.csv': `${HEADER}\rM1,C1,2005-03-02\rM2,C1,2005-03-03\rM3,C2,2005-03-04\r` });
    expect(counts(res.tables.members!)).toEqual({ lines: 4, rows: 3, loaded: 3, rejected: 0, blankLines: 0 });
    expect(await rows(res, 'members', 'member_id, unit_id, strftime(admitted_on, \'%Y-%m-%d\') AS d')).toEqual([
      { member_id: 'M1', unit_id: 'C1', d: '2005-03-02' },
      { member_id: 'M2', unit_id: 'C1', d: '2005-03-03' },
      { member_id: 'M3', unit_id: 'C2', d: '2005-03-04' },
    ]);
  });
});

describe('backslash-escaped quotes', () => {
  it('in units.csv: every unit loads, with the quotes in its name', async () => {
    const units = [
      'unit_id,parent_id,name,kind,type',
      'T,,"Tỉnh \\"Miền núi\\"",dang_bo,',
      'X1,T,"Đảng bộ xã \\"1\\", huyện B",dang_bo,',
      'C1,X1,"Chi bộ \\"A\\"",chi_bo,thon_to_dan_pho',
      'C2,X1,"Chi bộ trường \\"Nguyễn Du\\"",chi_bo,truong_hoc',
    ].join('\n');
    const res = await load({ 'units.csv': units });
    const t = res.tables.units!;
    expect(counts(t)).toEqual({ lines: 5, rows: 4, loaded: 4, rejected: 0, blankLines: 0 });
    expect(t.errors).toEqual([]);
    expect((await rows(res, 'units', 'unit_id, name')).map((r) => [r.unit_id, r.name])).toEqual([
      ['T', 'Tỉnh "Miền núi"'],
      ['X1', 'Đảng bộ xã "1", huyện B'],
      ['C1', 'Chi bộ "A"'],
      ['C2', 'Chi bộ trường "Nguyễn Du"'],
    ]);
    // the members and admissions of C1 find their unit
    expect(res.tables.members!.loaded).toBe(1);
    expect(res.tables.admissions!.loaded).toBe(1);
  });
});

describe('too many fields', () => {
  it('a line with a non-empty cell beyond the header is rejected (fields); empty cells beyond it are not', async () => {
    const csv = [
      HEADER, //                          line 1
      'M1,C1,2005-03-02', //              line 2: loads
      'M2,C1,2005-03-02,thôn 2', //       line 3: four cells, the fourth filled: rejected (fields)
      'M3,C1,2005-03-02,,', //            line 4: five cells, the two extra empty: loads
      'M4,C1,2005-03-02', //              line 5: loads
    ].join('\n');
    const res = await load({ 'members.csv': csv });
    const t = res.tables.members!;
    expect(counts(t)).toEqual({ lines: 5, rows: 4, loaded: 3, rejected: 1, blankLines: 0 });
    expect(t.errors).toEqual([{ row: 3, column: '', rule: 'fields', message: msg.fields(4, 3) }]);
    expect((await rows(res, 'members', 'member_id')).map((r) => r.member_id)).toEqual(['M1', 'M3', 'M4']);
  });
});

describe('mixed encodings', () => {
  it('one Windows-1258 line in a UTF-8 file: that line reads right, the others are untouched', async () => {
    const cat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => Array.from(p)));
    const bytes = cat(
      utf8('member_id,unit_id,ethnicity,religion,admitted_on\nM1,C1,Kinh,Không,2005-03-02\n'), // lines 1–2: UTF-8
      cp1258('M2,C1,Mường,Phật giáo,2006-04-03\n'), //                                          line 3: Windows-1258
      utf8('M3,C2,Tày,Công giáo,2007-05-04\nM4,C2,Ê Đê,Không,2008-06-05\nM5,C1,Mường,Thiên Chúa giáo,2009-07-06\n'), // lines 4–6: UTF-8
    );
    const res = await load({ 'members.csv': bytes });
    const t = res.tables.members!;
    expect(counts(t)).toEqual({ lines: 6, rows: 5, loaded: 5, rejected: 0, blankLines: 0 });
    expect(t.encoding).toBe('mixed');
    expect(t.warnings).toContain(msg.cp1258Lines([3], 1));
    expect(await rows(res, 'members', 'member_id, ethnicity, religion')).toEqual([
      { member_id: 'M1', ethnicity: 'Kinh', religion: 'Không' },
      { member_id: 'M2', ethnicity: 'Mường', religion: 'Phật giáo' },
      { member_id: 'M3', ethnicity: 'Tày', religion: 'Công giáo' },
      { member_id: 'M4', ethnicity: 'Ê Đê', religion: 'Không' },
      { member_id: 'M5', ethnicity: 'Mường', religion: 'Thiên Chúa giáo' },
    ]);
  });
});

describe('lines above the header', () => {
  it('blank and title lines before the header are skipped and counted; rows keep their line numbers', async () => {
    const csv = [
      'DANH SÁCH ĐẢNG VIÊN,,', //  line 1: title
      'Đảng bộ xã 1,,', //        line 2: title
      '', //                      line 3: blank
      HEADER, //                  line 4: header
      'M1,C1,2005-03-02', //      line 5: loads
      ',,', //                    line 6: blank (delimiters only)
      'M2,C1,31/02/2005', //      line 7: no 31 February: rejected (date)
      'M3,C1,2005-03-04', //      line 8: loads
    ].join('\r\n');
    const t = (await load({ 'members.csv': csv })).tables.members!;
    expect(counts(t)).toEqual({ lines: 8, rows: 3, loaded: 2, rejected: 1, blankLines: 2 });
    expect([t.headerRow, t.titleLines]).toEqual([4, 2]);
    expect(errorsOf(t)).toEqual([[7, 'admitted_on', 'date']]);
    expect(t.warnings[0]).toBe(msg.skippedLines({ n: 2, rows: '1–2' }, { n: 2, rows: '3, 6' }, 4));
  });
});

describe('identifying headers, in every file', () => {
  /** Every personal value written into the files below. */
  const PERSONAL = [
    'Phạm Thị Hoa', '0912000111', 'Nguyễn Văn An', '001085000111', '0912000777', '15/08/1985', 'Bùi Thị Hạnh',
    '001090000222', '0912000888', '20/10/1990', 'Trần Văn Bình', '07/07/2004', '001204000333', 'Hoàng Văn Nam',
    'Trần Thị Mai', '03/04/2001', '0912000555',
  ];
  const FILES = {
    // a cell secretary's name and phone beside the units
    'units.csv': [
      'unit_id,parent_id,name,kind,type,Họ và tên,Số điện thoại di động',
      'T,,Tỉnh A,dang_bo,,Phạm Thị Hoa,0912000111',
      'X1,T,Đảng bộ xã 1,dang_bo,,,',
      'C1,X1,Chi bộ thôn 1,chi_bo,thon_to_dan_pho,,',
      'C2,X1,Chi bộ trường,chi_bo,truong_hoc,,',
    ].join('\n'),
    // line 3: unit C9 is not in units.csv: rejected (reference), its personal cells in no output either
    'members.csv': [
      'Mã đảng viên,Họ và tên đảng viên,Số CCCD/CMND,Chi bộ,Số điện thoại di động,Sinh ngày,Ngày vào Đảng',
      'M1,Nguyễn Văn An,001085000111,C1,0912000777,15/08/1985,02/03/2005',
      'M2,Bùi Thị Hạnh,001090000222,C9,0912000888,20/10/1990,02/03/2010',
    ].join('\n'),
    // the same headers without diacritics, in capitals
    'admissions.csv': 'admission_id,HO VA TEN,unit_id,admitted_on,NGAY THANG NAM SINH,SO CCCD/CMND\nA1,Trần Văn Bình,C1,2024-05-19,07/07/2004,001204000333\n',
    'targets.csv': 'unit_id,from_year,to_year,target,Họ và tên\nC1,2025,2025,3,Hoàng Văn Nam\n',
    // no birth_year column here: the birth date is only dropped
    'candidates.csv': 'candidate_id,unit_id,Họ và tên,Sinh ngày,Số điện thoại di động,listed_on\nQ1,C1,Trần Thị Mai,03/04/2001,0912000555,2024-01-01\n',
  };

  it('are dropped, listed in droppedColumns, and their values are nowhere in the engine', async () => {
    const res = await load(FILES);
    expect(res.problems).toEqual([]);
    const t = res.tables;
    expect(t.units!.droppedColumns).toEqual(['Họ và tên', 'Số điện thoại di động']);
    expect(t.members!.droppedColumns).toEqual(['Họ và tên đảng viên', 'Số CCCD/CMND', 'Số điện thoại di động', 'Sinh ngày']);
    expect(t.admissions!.droppedColumns).toEqual(['HO VA TEN', 'NGAY THANG NAM SINH', 'SO CCCD/CMND']);
    expect(t.targets!.droppedColumns).toEqual(['Họ và tên']);
    expect(t.candidates!.droppedColumns).toEqual(['Họ và tên', 'Sinh ngày', 'Số điện thoại di động']);
    expect(counts(t.units!)).toEqual({ lines: 5, rows: 4, loaded: 4, rejected: 0, blankLines: 0 });
    expect(counts(t.members!)).toEqual({ lines: 3, rows: 2, loaded: 1, rejected: 1, blankLines: 0 });
    expect(errorsOf(t.members!)).toEqual([[3, 'unit_id', 'reference']]);
    for (const name of ['admissions', 'targets', 'candidates'] as const) {
      expect(counts(t[name]!), name).toEqual({ lines: 2, rows: 1, loaded: 1, rejected: 0, blankLines: 0 });
    }
    // a full birth date is its year, where the table has a birth year
    expect(await rows(res, 'members', 'birth_year')).toEqual([{ birth_year: 1985 }]);
    expect(await rows(res, 'admissions', 'birth_year')).toEqual([{ birth_year: 2004 }]);

    // every table of the load's schema, every value and column name in it; and everything the result says
    const e = await engine();
    const tables = await e.query<{ name: string }>('SELECT table_name AS name FROM duckdb_tables() WHERE schema_name = ?', [res.schema]);
    expect(tables.map((x) => x.name).sort()).toEqual(['code_alias', ...TABLE_NAMES].sort());
    for (const { name } of tables) {
      const held = JSON.stringify({ rows: await e.query(`SELECT * FROM ${res.schema}.${name}`), columns: await e.query(`DESCRIBE ${res.schema}.${name}`) });
      for (const v of PERSONAL) expect(held, `${name} holds ${v}`).not.toContain(v);
    }
    const said = JSON.stringify(res);
    for (const v of PERSONAL) expect(said, `the result says ${v}`).not.toContain(v);
  });
});

describe('files refused as a whole', () => {
  /** The verdict's reasons, one line each; [] when accepted. */
  const reasons = (res: Loaded) => {
    const v = datasetVerdict(res);
    return v.ok ? [] : v.problems.map(problemLine);
  };

  it('a header-only required file: read, no row, and the verdict refuses it', async () => {
    const res = await load({ 'members.csv': `${HEADER}\n` });
    expect(res.problems).toEqual([]);
    expect(counts(res.tables.members!)).toEqual({ lines: 1, rows: 0, loaded: 0, rejected: 0, blankLines: 0 });
    expect(reasons(res)).toEqual([`members.csv: ${msg.noValidRow('members.csv', 'members', 0)}`]);
  });

  it('a .parquet file: refused, named, the CSV files beside it read all the same', async () => {
    const res = await load({ 'candidates.parquet': 'PAR1\0\0PAR1' });
    expect(reasons(res)).toEqual([`candidates.parquet: ${msg.formatNotRead('candidates.parquet', 'Parquet')}`]);
    expect(res.tables.candidates).toBeUndefined();
    expect(counts(res.tables.units!)).toEqual({ lines: 5, rows: 4, loaded: 4, rejected: 0, blankLines: 0 });
    expect(counts(res.tables.members!)).toEqual({ lines: 2, rows: 1, loaded: 1, rejected: 0, blankLines: 0 });
  });

  it('the same table twice: refused, both files named', async () => {
    const res = await load({ 'dang_vien.csv': `${HEADER}\nM9,C1,2005-03-02\n` });
    expect(reasons(res)).toEqual([`dang_vien.csv: ${msg.duplicateTable('dang_vien.csv', 'members', 'members.csv')}`]);
    expect(reasons(res)[0]).toContain('«members.csv»');
    expect(reasons(res)[0]).toContain('«dang_vien.csv»');
    // the first file is the one read
    expect(res.tables.members!.file).toBe('members.csv');
    expect(counts(res.tables.members!)).toEqual({ lines: 2, rows: 1, loaded: 1, rejected: 0, blankLines: 0 });
  });

  it('a binary file renamed .csv: not text, refused with that message alone', async () => {
    // the start of a PNG image: NUL bytes no text file has
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const res = await loadFiles(files({ 'members.csv': png }));
    expect(res.problems).toEqual([{ file: 'members.csv', message: msg.notText('members.csv') }]);
    expect(reasons(res)).toEqual([`members.csv: ${msg.notText('members.csv')}`]);
    expect(res.tables.members).toBeUndefined();
  });
});
