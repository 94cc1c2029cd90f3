import { CODES, type CodeListName } from './codes';
import { foldKey } from './text';

/** Value aliases of each code, besides the code itself and its vi/en labels. */
const VALUE_ALIASES: Record<CodeListName, Record<string, string[]>> = {
  sex: { nam: ['m', 'male', 'trai'], nu: ['f', 'female', 'gai'] },
  kind: {
    dang_bo: [
      'đảng bộ cơ sở', 'đảng bộ bộ phận', 'đảng bộ tỉnh', 'đảng bộ thành phố', 'đảng bộ huyện', 'đảng bộ xã',
      'đảng bộ phường', 'đảng ủy', 'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu',
    ],
    chi_bo: ['chi bộ cơ sở', 'chi bộ trực thuộc'],
  },
  type: {
    thon_to_dan_pho: [
      'thôn', 'bản', 'ấp', 'khu phố', 'tổ dân phố', 'thôn, bản', 'thôn, bản, ấp', 'thôn, bản, tổ dân phố',
      'thôn, tổ dân phố', 'khu dân cư',
    ],
    truong_hoc: ['trường', 'trường học', 'giáo dục'],
    truong_thpt: ['trường trung học phổ thông', 'thpt'],
    co_quan: ['cơ quan nhà nước', 'cơ quan hành chính', 'cơ quan hành chính nhà nước'],
    don_vi_su_nghiep: ['đơn vị sự nghiệp công lập', 'sự nghiệp'],
    doanh_nghiep_nha_nuoc: ['dnnn'],
    doanh_nghiep_ngoai_nha_nuoc: [
      'doanh nghiệp tư nhân', 'doanh nghiệp ngoài khu vực nhà nước', 'doanh nghiệp có vốn đầu tư nước ngoài', 'fdi',
    ],
    cong_an: [],
    quan_su: ['quân đội'],
    khac: [],
  },
  education: {
    tieu_hoc: ['th'],
    thcs: ['trung học cơ sở'],
    thpt: ['trung học phổ thông'],
  },
  qualification: {
    khong: ['không có', 'chưa qua đào tạo', 'chưa đào tạo'],
    so_cap: [],
    trung_cap: [],
    cao_dang: [],
    dai_hoc: ['cử nhân', 'kỹ sư', 'bác sĩ'],
    thac_si: ['thạc sỹ', 'ths'],
    tien_si: ['tiến sỹ', 'ts', 'tiến sĩ khoa học'],
  },
  political_theory: {
    khong: ['không có', 'chưa qua đào tạo'],
    so_cap: [],
    trung_cap: [],
    cao_cap: ['cử nhân', 'cử nhân chính trị', 'cao cấp lý luận chính trị'],
  },
  occupation: {
    hoc_sinh: [],
    sinh_vien: [],
    cong_nhan: [],
    nong_dan: ['nông, lâm, ngư nghiệp', 'nông lâm ngư dân'],
    can_bo_cong_chuc: ['cán bộ', 'công chức', 'cán bộ công chức'],
    vien_chuc: [],
    luc_luong_vu_trang: ['quân đội', 'công an', 'quân đội, công an'],
    chu_doanh_nghiep: ['chủ doanh nghiệp tư nhân'],
    quan_ly_doanh_nghiep: ['người quản lý doanh nghiệp'],
    lao_dong_tu_do: [],
    huu_tri: ['nghỉ hưu'],
    khac: [],
  },
  left_reason: {
    tu_tran: ['chết', 'qua đời', 'từ trần'],
    chuyen_di: ['chuyển sinh hoạt', 'chuyển sinh hoạt đảng'],
    xoa_ten: ['xóa tên'],
    khai_tru: [],
    xin_ra: ['xin ra khỏi đảng'],
  },
  drop_reason: {
    hoc_van: ['học vấn', 'trình độ học vấn', 'không đủ học vấn'],
    chuyen_di: [],
    khac: [],
  },
};

/**
 * "12/12", "9/12", "10/10": grades completed, the way registers record
 * general education, in the 12-year and the older 10-year systems.
 */
function gradeAliases(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let g = 1; g <= 12; g++) out[`${g}/12`] = g >= 12 ? 'thpt' : g >= 9 ? 'thcs' : 'tieu_hoc';
  for (let g = 1; g <= 10; g++) out[`${g}/10`] = g >= 10 ? 'thpt' : g >= 7 ? 'thcs' : 'tieu_hoc';
  return out;
}

/** Folded value key → code, for each code list. */
export const CODE_KEYS: Record<CodeListName, Map<string, string>> = (() => {
  const out = {} as Record<CodeListName, Map<string, string>>;
  for (const list of Object.keys(CODES) as CodeListName[]) {
    const map = new Map<string, string>();
    const add = (alias: string, code: string) => {
      const key = foldKey(alias);
      if (key && !map.has(key)) map.set(key, code);
    };
    for (const { code, vi, en } of CODES[list]) {
      add(code, code);
      add(vi, code);
      add(en, code);
    }
    for (const [code, aliases] of Object.entries(VALUE_ALIASES[list])) for (const a of aliases) add(a, code);
    if (list === 'education') for (const [a, code] of Object.entries(gradeAliases())) add(a, code);
    out[list] = map;
  }
  return out;
})();

/** Folded boolean words: true or false. */
export const BOOLEAN_KEYS: ReadonlyMap<string, boolean> = new Map([
  ...['1', 'true', 'co', 'x', 'yes', 'y', 'dung'].map((k) => [k, true] as const),
  ...['0', 'false', 'khong', 'no', 'n', 'sai'].map((k) => [k, false] as const),
]);
