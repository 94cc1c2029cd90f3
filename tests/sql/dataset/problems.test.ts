import { describe, expect, it } from 'vitest';
import { load, loadFiles, utf8 } from './helpers';

describe('file problems', () => {
  it('a missing required file', async () => {
    expect((await load({ 'members.csv': null })).problems).toEqual([
      { file: 'members.csv', message: 'Thiếu tệp bắt buộc: members.csv (danh sách đảng viên).' },
    ]);
    expect((await load({ 'units.csv': null, 'admissions.csv': null }, { lang: 'en' })).problems).toEqual([
      { file: 'units.csv', message: 'Missing required file: units.csv (unit list).' },
      { file: 'admissions.csv', message: 'Missing required file: admissions.csv (admission list).' },
    ]);
  });

  it('no files at all: the three required files are missing', async () => {
    expect((await loadFiles([])).problems.map((p) => p.file)).toEqual(['units.csv', 'members.csv', 'admissions.csv']);
  });

  it('a file missing a required column is not loaded', async () => {
    const res = await load({ 'members.csv': 'Mã đảng viên,Giới tính\nM1,nam\n' });
    expect(res.problems).toEqual([
      {
        file: 'members.csv',
        message: 'Tệp «members.csv» thiếu cột bắt buộc: «Mã đơn vị» (unit_id), «Ngày vào Đảng» (admitted_on).',
      },
    ]);
    expect(res.tables.members).toBeUndefined();
    expect(res.tables.units!.loaded).toBe(4);
  });

  it('an unknown file', async () => {
    expect((await load({ 'notes.csv': 'a,b\n1,2\n' })).problems).toEqual([
      {
        file: 'notes.csv',
        message:
          'Không nhận ra tệp «notes.csv»: tên tệp và tiêu đề cột không khớp bảng nào (units, members, admissions, targets, candidates); chỉ đọc các bảng này, dạng CSV (.csv, .tsv, .txt) mã UTF-8, Windows-1258 hoặc UTF-16, và Excel .xlsx.',
      },
    ]);
  });

  it('an empty file', async () => {
    expect((await load({ 'targets.csv': '\n\n' })).problems).toEqual([
      { file: 'targets.csv', message: 'Tệp «targets.csv» trống hoặc không có dòng tiêu đề.' },
    ]);
  });

  it('two files for the same table: both named, the dataset refused', async () => {
    const res = await load({ 'dang_vien.csv': 'member_id,unit_id,admitted_on\nM9,C1,2005-03-02\n' });
    expect(res.problems).toEqual([
      { file: 'dang_vien.csv', message: 'Tệp «members.csv» và tệp «dang_vien.csv» cùng là bảng members; mỗi bảng chỉ đưa một tệp, hãy bỏ bớt một tệp.' },
    ]);
    expect(res.tables.members!.file).toBe('members.csv');
  });

  it('formats this import cannot read', async () => {
    const res = await load({ 'targets.xls': 'x', 'candidates.parquet': 'PAR1' });
    expect(res.problems).toEqual([
      { file: 'targets.xls', message: 'Tệp «targets.xls» (Excel cũ .xls) không đọc được; chỉ đọc CSV (.csv, .tsv, .txt) mã UTF-8, Windows-1258 hoặc UTF-16, và Excel .xlsx.' },
      { file: 'candidates.parquet', message: 'Tệp «candidates.parquet» (Parquet) không đọc được; chỉ đọc CSV (.csv, .tsv, .txt) mã UTF-8, Windows-1258 hoặc UTF-16, và Excel .xlsx.' },
    ]);
  });

  it('a good dataset has no problems and all three tables', async () => {
    const res = await load();
    expect(res.problems).toEqual([]);
    expect(Object.keys(res.tables)).toEqual(['units', 'members', 'admissions']);
    expect(res.tables.units!.csv.startsWith('unit_id,parent_id,name,kind,type,active_from,active_to,successor_id\r\n')).toBe(true);
    expect(utf8(res.tables.units!.csv).length).toBeGreaterThan(0);
  });
});
