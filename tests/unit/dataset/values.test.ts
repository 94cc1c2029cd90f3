import { describe, expect, it } from 'vitest';
import { CODES } from '../../../src/dataset/codes';
import { foldKey, foldText } from '../../../src/dataset/text';
import { parseBoolean, parseCode, parseDate, parseInteger } from '../../../src/dataset/values';

describe('foldText / foldKey', () => {
  it('lower-cases, strips diacritics and turns đ into d', () => {
    expect(foldText('Đảng Viên Trẻ')).toBe('dang vien tre');
    expect(foldText('NGƯỜI DÂN TỘC THIỂU SỐ')).toBe('nguoi dan toc thieu so');
    expect(foldText('Xoá tên')).toBe(foldText('Xóa tên'));
  });

  it('joins every run of separators into one underscore', () => {
    expect(foldKey('  Mã  đơn-vị_ ')).toBe('ma_don_vi');
    expect(foldKey('Thôn, tổ dân phố')).toBe('thon_to_dan_pho');
    expect(foldKey('12/12')).toBe('12_12');
  });
});

describe('parseDate', () => {
  it('accepts ISO and day-first dates with / - . separators', () => {
    expect(parseDate('2023-05-01')).toBe('2023-05-01');
    expect(parseDate('1/5/2023')).toBe('2023-05-01');
    expect(parseDate('01/05/2023')).toBe('2023-05-01');
    expect(parseDate('01-05-2023')).toBe('2023-05-01');
    expect(parseDate('01.05.2023')).toBe('2023-05-01');
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
  });

  it('refuses dates that do not exist or are written otherwise', () => {
    for (const bad of ['31/02/2023', '29/02/2023', '31/04/2023', '00/01/2023', '12/13/2023', '2023/05/01', '01/05-2023', '1/5/23', 'hôm qua', '2023-05-01 10:00']) {
      expect(parseDate(bad), bad).toEqual({ rule: 'date' });
    }
  });

  it('refuses years outside 1900–2100', () => {
    expect(parseDate('01/01/1850')).toEqual({ rule: 'range', hint: 'year' });
    expect(parseDate('0202-01-01')).toEqual({ rule: 'range', hint: 'year' });
  });

  it('takes an Excel serial number only from xlsx', () => {
    expect(parseDate('45000')).toEqual({ rule: 'date', hint: 'serial' });
    expect(parseDate('45000', true)).toBe('2023-03-15');
    expect(parseDate('44927', true)).toBe('2023-01-01');
    expect(parseDate('61', true)).toBe('1900-03-01');
    expect(parseDate('60', true)).toEqual({ rule: 'date' });
  });
});

describe('parseInteger', () => {
  it('reads whole numbers, also as pandas writes them', () => {
    expect(parseInteger('1985')).toBe('1985');
    expect(parseInteger('+7')).toBe('7');
    expect(parseInteger('-3')).toBe('-3');
    expect(parseInteger('1985.0')).toBe('1985');
    expect(parseInteger('007')).toBe('7');
  });

  it('refuses anything else', () => {
    for (const bad of ['1.5', '12a', '1 000', '1e3', '', '99999999999']) expect(parseInteger(bad), bad).toEqual({ rule: 'integer' });
  });

  it('checks bounds', () => {
    expect(parseInteger('1899', 1900, 2025)).toEqual({ rule: 'range' });
    expect(parseInteger('2026', 1900, 2025)).toEqual({ rule: 'range' });
    expect(parseInteger('2025', 1900, 2025)).toBe('2025');
    expect(parseInteger('-1', 0)).toEqual({ rule: 'range' });
  });
});

describe('parseCode', () => {
  const cases: [Parameters<typeof parseCode>[0], string[], string][] = [
    ['sex', ['Nam', 'nam', 'M', 'male', 'NAM'], 'nam'],
    ['sex', ['Nữ', 'nu', 'NỮ', 'F', 'female'], 'nu'],
    ['kind', ['Đảng bộ', 'dang bo', 'đảng bộ cơ sở', 'dang_bo', 'Đảng ủy', 'Xã'], 'dang_bo'],
    ['kind', ['Chi bộ', 'chi bộ cơ sở', 'CHI BO'], 'chi_bo'],
    ['type', ['Thôn, tổ dân phố', 'Thôn', 'tổ dân phố', 'Bản', 'Ấp', 'khu phố'], 'thon_to_dan_pho'],
    ['type', ['Trường học', 'trường'], 'truong_hoc'],
    ['type', ['Trường THPT', 'thpt'], 'truong_thpt'],
    ['type', ['Cơ quan'], 'co_quan'],
    ['type', ['Đơn vị sự nghiệp'], 'don_vi_su_nghiep'],
    ['type', ['Doanh nghiệp nhà nước'], 'doanh_nghiep_nha_nuoc'],
    ['type', ['Doanh nghiệp ngoài nhà nước', 'doanh nghiệp tư nhân'], 'doanh_nghiep_ngoai_nha_nuoc'],
    ['type', ['Công an'], 'cong_an'],
    ['type', ['Quân sự'], 'quan_su'],
    ['type', ['Khác'], 'khac'],
    ['education', ['Tiểu học', '5/12', '4/10'], 'tieu_hoc'],
    ['education', ['THCS', 'Trung học cơ sở', '9/12', '7/10'], 'thcs'],
    ['education', ['THPT', 'Trung học phổ thông', '12/12', '10/10'], 'thpt'],
    ['qualification', ['Không'], 'khong'],
    ['qualification', ['Sơ cấp'], 'so_cap'],
    ['qualification', ['Trung cấp'], 'trung_cap'],
    ['qualification', ['Cao đẳng'], 'cao_dang'],
    ['qualification', ['Đại học', 'cử nhân'], 'dai_hoc'],
    ['qualification', ['Thạc sĩ', 'Thạc sỹ', 'ThS'], 'thac_si'],
    ['qualification', ['Tiến sĩ', 'TS'], 'tien_si'],
    ['political_theory', ['Cao cấp', 'Cử nhân chính trị'], 'cao_cap'],
    ['political_theory', ['Sơ cấp'], 'so_cap'],
    ['occupation', ['Nông dân'], 'nong_dan'],
    ['occupation', ['Cán bộ, công chức', 'Công chức'], 'can_bo_cong_chuc'],
    ['occupation', ['Chủ doanh nghiệp'], 'chu_doanh_nghiep'],
    ['occupation', ['Hưu trí', 'Nghỉ hưu'], 'huu_tri'],
    ['occupation', ['Học sinh'], 'hoc_sinh'],
    ['left_reason', ['Từ trần', 'qua đời'], 'tu_tran'],
    ['left_reason', ['Chuyển đi'], 'chuyen_di'],
    ['left_reason', ['Xóa tên', 'Xoá tên'], 'xoa_ten'],
    ['left_reason', ['Khai trừ'], 'khai_tru'],
    ['left_reason', ['Xin ra'], 'xin_ra'],
    ['drop_reason', ['Học vấn'], 'hoc_van'],
  ];
  it.each(cases)('%s: %j → %s', (list, aliases, code) => {
    for (const a of aliases) expect(parseCode(list, a), a).toBe(code);
  });

  it('accepts every code and its Vietnamese label', () => {
    for (const [list, codes] of Object.entries(CODES) as [keyof typeof CODES, (typeof CODES)['sex']][]) {
      for (const c of codes) {
        expect(parseCode(list, c.code)).toBe(c.code);
        expect(parseCode(list, c.vi)).toBe(c.code);
      }
    }
  });

  it('refuses unknown values', () => {
    expect(parseCode('sex', 'X')).toEqual({ rule: 'code' });
    expect(parseCode('sex', '1')).toEqual({ rule: 'code' });
    expect(parseCode('kind', 'tổ đảng')).toEqual({ rule: 'code' });
  });
});

describe('parseBoolean', () => {
  it('reads 1/0, true/false, có/không and x', () => {
    for (const t of ['1', 'true', 'TRUE', 'có', 'Có', 'co', 'x', 'X']) expect(parseBoolean(t), t).toBe('true');
    for (const f of ['0', 'false', 'không', 'Không', 'khong']) expect(parseBoolean(f), f).toBe('false');
  });

  it('refuses anything else', () => {
    expect(parseBoolean('maybe')).toEqual({ rule: 'boolean' });
    expect(parseBoolean('2')).toEqual({ rule: 'boolean' });
  });
});
