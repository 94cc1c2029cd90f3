import { describe, expect, it } from 'vitest';
import { HEADER_ALIASES } from '../../../src/dataset/aliases';
import { planHeaders } from '../../../src/dataset/headers';
import {
  IDENTIFYING_EXAMPLES, IDENTIFYING_KINDS, NOT_IDENTIFYING_EXAMPLES, headerWords, identifyingKind, type IdentifyingKind,
} from '../../../src/dataset/identifying';
import { messages } from '../../../src/dataset/messages';
import { TABLE_COLUMNS, TABLE_NAMES } from '../../../src/dataset/schema';
import { foldText } from '../../../src/dataset/text';
import type { DatasetResult, TableName } from '../../../src/dataset/types';
import { dataLines, load } from './helpers';

/** The headers of the brief and of real register exports, each with the kind it must be recognised as. */
const IDENTIFYING: [string, IdentifyingKind][] = [
  ['Họ tên', 'name'],
  ['Họ và tên', 'name'],
  ['Họ và tên đảng viên', 'name'],
  ['Họ, tên', 'name'],
  ['Họ & tên', 'name'],
  ['Tên', 'name'],
  ['Họ', 'name'],
  ['Tên đảng viên', 'name'],
  ['Tên quần chúng', 'name'],
  ['Tên khai sinh', 'name'],
  ['Họ tên bí thư', 'name'],
  ['Bí thư chi bộ', 'name'],
  ['Bí thư', 'name'],
  ['Phó bí thư', 'name'],
  ['Người giới thiệu 1', 'name'],
  ['name', 'name'],
  ['Full name', 'name'],
  ['full_name', 'name'],
  ['First name', 'name'],
  ['lastName', 'name'],
  ['Số CCCD', 'citizen_id'],
  ['Số CCCD/CMND', 'citizen_id'],
  ['CMND/CCCD', 'citizen_id'],
  ['Số căn cước công dân', 'citizen_id'],
  ['Căn cước', 'citizen_id'],
  ['Giấy chứng minh nhân dân', 'citizen_id'],
  ['Số định danh cá nhân', 'citizen_id'],
  ['Ngày cấp CCCD', 'citizen_id'],
  ['Hộ chiếu', 'citizen_id'],
  ['Passport No.', 'citizen_id'],
  ['Citizen ID', 'citizen_id'],
  ['ID card', 'citizen_id'],
  ['Số thẻ đảng viên', 'party_card'],
  ['Số thẻ', 'party_card'],
  ['Thẻ đảng viên số', 'party_card'],
  ['Số thẻ Đảng', 'party_card'],
  ['Party card number', 'party_card'],
  ['Số điện thoại', 'phone'],
  ['Số điện thoại di động', 'phone'],
  ['Điện thoại liên hệ', 'phone'],
  ['SĐT', 'phone'],
  ['Sđt', 'phone'],
  ['Số ĐT', 'phone'],
  ['ĐTDĐ', 'phone'],
  ['Di động', 'phone'],
  ['Zalo', 'phone'],
  ['Phone', 'phone'],
  ['Mobile phone', 'phone'],
  ['Tel.', 'phone'],
  ['Địa chỉ', 'address'],
  ['Địa chỉ thường trú', 'address'],
  ['Nơi ở hiện nay', 'address'],
  ['Nơi cư trú', 'address'],
  ['Quê quán', 'address'],
  ['Thường trú', 'address'],
  ['Tạm trú', 'address'],
  ['Hộ khẩu thường trú', 'address'],
  ['Nơi sinh', 'address'],
  ['Ngày sinh, nơi sinh', 'address'],
  ['Home address', 'address'],
  ['Email', 'email'],
  ['E-mail', 'email'],
  ['Địa chỉ email', 'email'],
  ['Thư điện tử', 'email'],
  ['Ngày sinh', 'birth_date'],
  ['Sinh ngày', 'birth_date'],
  ['Ngày tháng năm sinh', 'birth_date'],
  ['Ngày, tháng, năm sinh', 'birth_date'],
  ['Ngày/tháng/năm sinh', 'birth_date'],
  ['Date of birth', 'birth_date'],
  ['DOB', 'birth_date'],
  ['Birth date', 'birth_date'],
  ['birthday', 'birth_date'],
];

/** The same header as people also write it: no diacritics, upper case, stray spaces and punctuation. */
function variants(h: string): string[] {
  return [h, foldText(h), h.toUpperCase(), foldText(h).toUpperCase(), `  ${h.replace(/ /g, '   ')}  `, `${h}:`, `(${h})`, h.replace(/ /g, '_'), h.replace(/ /g, '-')];
}

/** Headers that must be kept: close to identifying ones but naming a unit, a year, a code or a dimension. */
const KEPT = [
  'Tên đơn vị', 'Tên chi bộ', 'Tên tổ chức', 'Tên tổ chức đảng', 'Tên đảng bộ', 'Tên trường', 'unit name', 'Name of unit',
  'Năm sinh', 'NAM SINH', 'Sinh năm', 'birth_year', 'Year of birth', 'Khu vực', 'Ghi chú', 'Dân tộc', 'Nghề nghiệp',
  'Số lượng', 'Chức vụ', 'Ngày sinh hoạt Đảng', 'Nơi sinh hoạt', 'Chuyển sinh hoạt', 'Học sinh', 'Sinh viên',
  'Hộ nghèo', 'Thôn', 'Xã', 'Ngày vào Đảng', 'Mã đảng viên', 'Mã quần chúng', 'unit_id', 'member_id', 'candidate_id',
  'admission_id', 'id', 'Đoàn viên', 'Thẩm định', 'Loại hình', 'Hồ sơ', 'Tháng', 'Số đảng viên',
];

const msg = messages('vi');

describe('identifyingKind', () => {
  it.each(IDENTIFYING)('recognises %s as %s, with or without diacritics, in any case and punctuation', (header, kind) => {
    for (const v of variants(header)) expect(identifyingKind(v), JSON.stringify(v)).toBe(kind);
  });

  it('recognises every example it documents, as its kind', () => {
    for (const kind of IDENTIFYING_KINDS) for (const h of IDENTIFYING_EXAMPLES[kind]) expect(identifyingKind(h), h).toBe(kind);
  });

  it.each([...KEPT, ...NOT_IDENTIFYING_EXAMPLES])('does not take %s for a personal column', (header) => {
    for (const v of variants(header)) expect(identifyingKind(v), JSON.stringify(v)).toBeNull();
  });

  it('is null for an empty header', () => {
    expect(identifyingKind('')).toBeNull();
    expect(identifyingKind(' - ')).toBeNull();
  });

  it('folds a header into words, letters and digits apart', () => {
    expect(headerWords('Số CCCD/CMND')).toEqual(['so', 'cccd', 'cmnd']);
    expect(headerWords('SĐT2')).toEqual(['sdt', '2']);
    expect(headerWords('  ')).toEqual([]);
  });
});

describe('planHeaders keeps what a table knows as its own columns', () => {
  const plan = (header: string[], table: TableName) => planHeaders(header, table, msg, 'vi');

  it.each(TABLE_NAMES)('every header alias of %s is its column, never dropped', (table) => {
    for (const [column, aliases] of Object.entries(HEADER_ALIASES[table])) {
      for (const alias of [column, ...aliases]) {
        const p = plan([alias], table);
        expect(p.droppedColumns, `${table}: ${alias}`).toEqual([]);
        expect(p.columns.find((c) => c.source === 0)?.name, `${table}: ${alias}`).toBe(column);
      }
    }
  });

  it.each(TABLE_NAMES)('the kept headers stay in %s, as its columns or extra columns', (table) => {
    for (const h of KEPT) expect(plan([h], table).droppedColumns, `${table}: ${h}`).toEqual([]);
  });

  it.each(TABLE_NAMES)('every identifying header is dropped from %s, unless it is one of its columns', (table) => {
    const hasBirthYear = TABLE_COLUMNS[table].some((c) => c.name === 'birth_year');
    const own = new Set(Object.entries(HEADER_ALIASES[table]).flatMap(([c, a]) => [c, ...a]));
    expect([...own].filter((h) => identifyingKind(h)).sort(), 'only the unit name').toEqual(table === 'units' ? ['Tên', 'Tên ĐV', 'name'] : []);
    for (const [h, kind] of IDENTIFYING.filter(([x]) => !own.has(x))) {
      const p = plan([h], table);
      expect(p.droppedColumns, `${table}: ${h}`).toEqual([h]);
      expect(p.columns.filter((c) => c.source === 0 && !c.fromBirthDate), `${table}: ${h}`).toEqual([]);
      expect(p.birthDateSource, `${table}: ${h}`).toBe(kind === 'birth_date' && hasBirthYear ? 0 : -1);
    }
  });

  it('in units.csv, `name` and `Tên` are the unit name; a second one that names a person is dropped, not kept', () => {
    expect(plan(['unit_id', 'Tên', 'kind'], 'units').columns.find((c) => c.name === 'name')?.source).toBe(1);
    const p = plan(['unit_id', 'Tên đơn vị', 'kind', 'Họ', 'Tên', 'Tên tổ chức'], 'units');
    expect(p.columns.find((c) => c.name === 'name')?.source).toBe(1);
    expect(p.droppedColumns).toEqual(['Họ', 'Tên']);
    expect(p.columns.filter((c) => !c.spec).map((c) => c.name)).toEqual(['ten_to_chuc']);
  });
});

/** Every string a loaded table exposes: its CSV, columns, extra headers, warnings, errors, rejected rows. */
const everything = (ds: DatasetResult) => JSON.stringify(ds);
const NO_PEOPLE = { 'members.csv': 'member_id,unit_id,admitted_on\n', 'admissions.csv': 'admission_id,unit_id,admitted_on\n' };

describe('loading drops personal columns from every file', () => {
  it('units.csv: the secretary\'s name and phone are dropped, the area kept', () => {
    const units = [
      'unit_id,parent_id,name,kind,type,Họ và tên,Số điện thoại,Bí thư chi bộ,Khu vực',
      'T,,Tỉnh A,dang_bo,,Phạm Thị Hoa,0912000111,Lê Văn Tâm,Đồng bằng',
      'C1,T,Chi bộ thôn 1,chi_bo,thon_to_dan_pho,Nguyễn Văn Bình,0987000222,Đỗ Thị Lan,Miền núi',
      'C2,T,,chi_bo,khac,Trần Văn Cường,0977000333,Vũ Văn Hải,Miền núi',
    ].join('\n');
    const ds = load({ 'units.csv': units, ...NO_PEOPLE });
    const t = ds.tables.units!;
    expect(t.columns).toEqual([...TABLE_COLUMNS.units.map((c) => c.name), 'khu_vuc']);
    expect(t.droppedColumns).toEqual(['Họ và tên', 'Số điện thoại', 'Bí thư chi bộ']);
    expect(t.warnings).toContain('Đã bỏ các cột định danh: Họ và tên, Số điện thoại, Bí thư chi bộ');
    expect(t.warnings).toContain('Giữ các cột thêm: «Khu vực»');
    expect(dataLines(t.csv)).toEqual(['T,,Tỉnh A,dang_bo,,,,,Đồng bằng', 'C1,T,Chi bộ thôn 1,chi_bo,thon_to_dan_pho,,,,Miền núi']);
    expect(t.rejectedCsv.split('\r\n')[0]).toBe('\ufeffunit_id,parent_id,name,kind,type,Khu vực,error');
    expect(everything(ds)).not.toMatch(/Hoa|Bình|Cường|Tâm|Lan|Hải|0912|0987|0977/);
  });

  it('units.csv in English: the secretary\'s name is dropped in English too', () => {
    const units = 'unit_id,parent_id,name,kind,Secretary,Phone\nT,,Tỉnh A,dang_bo,Lê Văn Tâm,0912000111\n';
    const t = load({ 'units.csv': units, ...NO_PEOPLE }, { lang: 'en' }).tables.units!;
    expect(t.columns).toEqual(TABLE_COLUMNS.units.map((c) => c.name));
    expect(t.warnings).toEqual(['Identifying columns dropped: Secretary, Phone']);
  });

  it('targets.csv: a name column is dropped', () => {
    const ds = load({ 'targets.csv': 'unit_id,Họ tên người phụ trách,from_year,to_year,target,SĐT\nC1,Hoàng Văn Nam,2025,2025,3,0912000444\n' });
    const t = ds.tables.targets!;
    expect(t.columns).toEqual(TABLE_COLUMNS.targets.map((c) => c.name));
    expect(t.droppedColumns).toEqual(['Họ tên người phụ trách', 'SĐT']);
    expect(t.warnings).toEqual(['Đã bỏ các cột định danh: Họ tên người phụ trách, SĐT']);
    expect(dataLines(t.csv)).toEqual(['C1,2025,2025,3,']);
    expect(everything(ds)).not.toMatch(/Hoàng|0912/);
  });

  it('candidates.csv: name, phone and birth date are dropped (no birth year to reduce it to)', () => {
    const csv = 'candidate_id,Họ và tên,unit_id,Ngày sinh,Số điện thoại di động,listed_on\nQ1,Trần Thị Mai,C1,03/04/2001,0912000555,2024-01-01\nQ2,Lý Văn Đức,C9,05/06/2002,0912000666,2024-01-01\n';
    const ds = load({ 'candidates.csv': csv });
    const t = ds.tables.candidates!;
    expect(t.columns).toEqual(TABLE_COLUMNS.candidates.map((c) => c.name));
    expect(t.droppedColumns).toEqual(['Họ và tên', 'Ngày sinh', 'Số điện thoại di động']);
    expect(t.warnings).toEqual(['Đã bỏ các cột định danh: Họ và tên, Ngày sinh, Số điện thoại di động']);
    expect(dataLines(t.csv)).toEqual(['Q1,C1,2024-01-01,,,,']);
    expect(t.rejected).toBe(1);
    expect(t.rejectedCsv.split('\r\n')[1]).toBe('Q2,C9,2024-01-01,Cột «Mã đơn vị» (unit_id): «C9» không có trong units.csv.');
    expect(everything(ds)).not.toMatch(/Mai|Đức|2001|2002|0912/);
  });

  it('members.csv: the headers of the report are dropped, the birth date becomes the birth year', () => {
    const csv = [
      'Mã đảng viên,Họ và tên đảng viên,Số CCCD/CMND,Chi bộ,Số điện thoại di động,Sinh ngày,Ngày vào Đảng,Ghi chú',
      'M1,Nguyễn Văn An,001085000111,C1,0912000777,15/08/1985,02/03/2005,ok',
      'M2,Bùi Thị Hạnh,001090000222,C9,0912000888,20/10/1990,02/03/2010,',
    ].join('\n');
    const ds = load({ 'members.csv': csv });
    const t = ds.tables.members!;
    expect(t.columns).toEqual([...TABLE_COLUMNS.members.map((c) => c.name), 'ghi_chu']);
    expect(t.droppedColumns).toEqual(['Họ và tên đảng viên', 'Số CCCD/CMND', 'Số điện thoại di động', 'Sinh ngày']);
    expect(t.warnings.slice(0, 2)).toEqual([
      'Đã bỏ các cột định danh: Họ và tên đảng viên, Số CCCD/CMND, Số điện thoại di động, Sinh ngày',
      'Ngày sinh đầy đủ đã được rút gọn thành năm sinh',
    ]);
    expect(dataLines(t.csv)).toEqual(['M1,C1,,1985,,,,,,,2005-03-02,,,,ok']);
    expect(t.rejectedCsv.split('\r\n').slice(0, 2)).toEqual([
      '\ufeffMã đảng viên,Chi bộ,Sinh ngày,Ngày vào Đảng,Ghi chú,error',
      'M2,C9,1990,02/03/2010,,Cột «Mã đơn vị» (unit_id): «C9» không có trong units.csv.',
    ]);
    expect(everything(ds)).not.toMatch(/An,|Nguyễn|Hạnh|001085|001090|0912|15\/08|20\/10|1985-08/);
  });

  it('members.csv with a birth year too: the birth date is only dropped', () => {
    const t = load({ 'members.csv': 'member_id,unit_id,Ngày tháng năm sinh,Năm sinh,admitted_on\nM1,C1,15/08/1985,1985,2005-03-02\n' }).tables.members!;
    expect(t.droppedColumns).toEqual(['Ngày tháng năm sinh']);
    expect(t.warnings).toEqual(['Đã bỏ các cột định danh: Ngày tháng năm sinh']);
    expect(dataLines(t.csv)).toEqual(['M1,C1,,1985,,,,,,,2005-03-02,,,']);
  });

  it('admissions.csv: e-mail and address are dropped, a full birth date written without diacritics becomes the year', () => {
    const csv = 'admission_id,unit_id,admitted_on,E-mail,Địa chỉ thường trú,NGAY THANG NAM SINH\nA1,C1,2024-05-19,an@example.vn,Số 5 phố Huế,07/07/2004\n';
    const ds = load({ 'admissions.csv': csv });
    const t = ds.tables.admissions!;
    expect(t.columns).toEqual(TABLE_COLUMNS.admissions.map((c) => c.name));
    expect(t.droppedColumns).toEqual(['E-mail', 'Địa chỉ thường trú', 'NGAY THANG NAM SINH']);
    expect(dataLines(t.csv)).toEqual(['A1,,C1,2024-05-19,,2004,,,,,,,']);
    expect(everything(ds)).not.toMatch(/example|phố Huế|07\/07/);
  });
});

describe('"Tên ĐV" reads by its file', () => {
  it('is the unit name in units.csv (ĐV: đơn vị) and a person\'s name elsewhere (ĐV: đảng viên)', () => {
    expect(identifyingKind('Tên ĐV')).toBe('name');
    const units = planHeaders(['unit_id', 'Tên ĐV', 'kind'], 'units', messages('vi'), 'vi');
    expect(units.columns.find((c) => c.name === 'name')?.source).toBe(1);
    expect(units.droppedColumns).toEqual([]);
    const members = planHeaders(['member_id', 'unit_id', 'Tên ĐV', 'admitted_on'], 'members', messages('vi'), 'vi');
    expect(members.droppedColumns).toEqual(['Tên ĐV']);
  });
});
