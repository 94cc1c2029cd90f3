import { describe, expect, it } from 'vitest';
import { datasetVerdict, problemLine } from '../../../src/dataset/verdict';
import { files, load, loadFiles } from './helpers';

const FORMATS = 'chỉ đọc CSV (.csv, .tsv, .txt) mã UTF-8, Windows-1258 hoặc UTF-16, và Excel .xlsx.';

/** The reasons of a refusal as the page and the commands print them; [] when accepted. */
async function reasons(over: Parameters<typeof load>[0], lang: 'vi' | 'en' = 'vi'): Promise<string[]> {
  const v = datasetVerdict(await load(over, { lang }), lang);
  return v.ok ? [] : v.problems.map(problemLine);
}

describe('datasetVerdict', () => {
  it('accepts a good dataset', async () => {
    expect(datasetVerdict(await load())).toEqual({ ok: true });
  });

  it('refuses a required file with a header and no data row, and says so', async () => {
    expect(await reasons({ 'members.csv': 'member_id,unit_id,admitted_on\n' })).toEqual([
      'members.csv: Tệp «members.csv» (bảng bắt buộc members) không có dòng hợp lệ nào: chỉ có hàng tên cột, không có dòng dữ liệu.',
    ]);
    expect(await reasons({ 'members.csv': 'member_id,unit_id,admitted_on\n' }, 'en')).toEqual([
      'members.csv: File «members.csv» (required table members) has no valid row: only a header row, no data row.',
    ]);
  });

  it('refuses a required file whose every row is rejected, counting them', async () => {
    expect(await reasons({ 'admissions.csv': 'admission_id,unit_id,admitted_on\nA1,NOWHERE,2024-05-19\nA2,C1,not a date\n' })).toEqual([
      'admissions.csv: Tệp «admissions.csv» (bảng bắt buộc admissions) không có dòng hợp lệ nào: cả 2 dòng dữ liệu đều bị loại.',
    ]);
  });

  it('accepts an optional file with no data row', async () => {
    expect(datasetVerdict(await load({ 'targets.csv': 'unit_id,target,from_year,to_year\n' }))).toEqual({ ok: true });
  });

  it('refuses a missing required file', async () => {
    expect(await reasons({ 'units.csv': null })).toEqual(['units.csv: Thiếu tệp bắt buộc: units.csv (danh sách đơn vị).']);
  });

  it('refuses formats that are not read, naming the file and the formats that are', async () => {
    expect(await reasons({ 'members.parquet': 'PAR1', 'notes.pdf': '%PDF-1.4', 'ghi_chu.docx': 'PK', 'LICENSE': 'x' })).toEqual([
      `members.parquet: Tệp «members.parquet» (Parquet) không đọc được; ${FORMATS}`,
      `notes.pdf: Tệp «notes.pdf» (PDF) không đọc được; ${FORMATS}`,
      `ghi_chu.docx: Tệp «ghi_chu.docx» (.docx) không đọc được; ${FORMATS}`,
      `LICENSE: Tệp «LICENSE» (không có phần mở rộng) không đọc được; ${FORMATS}`,
    ]);
    expect(await reasons({ 'units.xls': 'x' }, 'en')).toEqual([
      'units.xls: File «units.xls» (old Excel .xls) cannot be read; only CSV (.csv, .tsv, .txt) in UTF-8, Windows-1258 or UTF-16, and Excel .xlsx are read.',
    ]);
  });

  it('refuses the same table given twice, naming both files', async () => {
    const r = await reasons({ 'dang_vien.csv': 'member_id,unit_id,admitted_on\nM9,C1,2005-03-02\n' });
    expect(r).toEqual(['dang_vien.csv: Tệp «members.csv» và tệp «dang_vien.csv» cùng là bảng members; mỗi bảng chỉ đưa một tệp, hãy bỏ bớt một tệp.']);
  });

  it('refuses a file that is no table, naming the tables and formats that are read', async () => {
    expect(await reasons({ 'notes.txt': 'just,some\nwords,here\n' })).toEqual([
      'notes.txt: Không nhận ra tệp «notes.txt»: tên tệp và tiêu đề cột không khớp bảng nào (units, members, admissions, targets, candidates); chỉ đọc các bảng này, dạng CSV (.csv, .tsv, .txt) mã UTF-8, Windows-1258 hoặc UTF-16, và Excel .xlsx.',
    ]);
  });

  it('gives every reason at once', async () => {
    const ds = await loadFiles(files({ 'members.csv': 'member_id,unit_id,admitted_on\n', 'x.parquet': 'PAR1', 'admissions.csv': null }));
    const v = datasetVerdict(ds);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.problems.map((p) => p.file)).toEqual(['x.parquet', 'admissions.csv', 'members.csv']);
  });
});
