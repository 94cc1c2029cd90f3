import { describe, expect, it } from 'vitest';
import { HEADER_ALIASES } from '../../../src/dataset/aliases';
import { planHeaders } from '../../../src/dataset/headers';
import {
  IDENTIFYING_EXAMPLES, IDENTIFYING_KINDS, NOT_IDENTIFYING_EXAMPLES, headerWords, identifyingKind, type IdentifyingKind,
} from '../../../src/dataset/identifying';
import { messages } from '../../../src/dataset/messages';
import { TABLE_COLUMNS, TABLE_NAMES } from '../../../src/dataset/schema';
import { foldText } from '../../../src/dataset/text';
import type { TableName } from '../../../src/dataset/types';

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
