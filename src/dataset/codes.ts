/** A code of a code list, with its labels. */
export interface CodeLabel {
  code: string;
  vi: string;
  en: string;
}

/** Names of the code lists used by code columns. */
export type CodeListName =
  | 'sex'
  | 'kind'
  | 'type'
  | 'education'
  | 'qualification'
  | 'political_theory'
  | 'occupation'
  | 'left_reason'
  | 'drop_reason';

const c = (code: string, vi: string, en: string): CodeLabel => ({ code, vi, en });

/** Every code list of the dataset contract, in display order, with Vietnamese and English labels. */
export const CODES: Record<CodeListName, CodeLabel[]> = {
  sex: [c('nam', 'Nam', 'Male'), c('nu', 'Nữ', 'Female')],
  kind: [c('dang_bo', 'Đảng bộ', 'Party committee'), c('chi_bo', 'Chi bộ', 'Party cell')],
  type: [
    c('thon_to_dan_pho', 'Thôn, tổ dân phố', 'Village, residential group'),
    c('truong_hoc', 'Trường học', 'School'),
    c('truong_thpt', 'Trường THPT', 'Upper-secondary school'),
    c('co_quan', 'Cơ quan', 'State agency'),
    c('don_vi_su_nghiep', 'Đơn vị sự nghiệp', 'Public service unit'),
    c('doanh_nghiep_nha_nuoc', 'Doanh nghiệp nhà nước', 'State-owned enterprise'),
    c('doanh_nghiep_ngoai_nha_nuoc', 'Doanh nghiệp ngoài nhà nước', 'Non-state enterprise'),
    c('cong_an', 'Công an', 'Police'),
    c('quan_su', 'Quân sự', 'Military'),
    c('khac', 'Khác', 'Other'),
  ],
  education: [
    c('tieu_hoc', 'Tiểu học', 'Primary'),
    c('thcs', 'Trung học cơ sở', 'Lower secondary'),
    c('thpt', 'Trung học phổ thông', 'Upper secondary'),
  ],
  qualification: [
    c('khong', 'Không', 'None'),
    c('so_cap', 'Sơ cấp', 'Elementary vocational'),
    c('trung_cap', 'Trung cấp', 'Intermediate vocational'),
    c('cao_dang', 'Cao đẳng', 'College'),
    c('dai_hoc', 'Đại học', 'University'),
    c('thac_si', 'Thạc sĩ', 'Master'),
    c('tien_si', 'Tiến sĩ', 'Doctorate'),
  ],
  political_theory: [
    c('khong', 'Không', 'None'),
    c('so_cap', 'Sơ cấp', 'Elementary'),
    c('trung_cap', 'Trung cấp', 'Intermediate'),
    c('cao_cap', 'Cao cấp', 'Advanced'),
  ],
  occupation: [
    c('hoc_sinh', 'Học sinh', 'Pupil'),
    c('sinh_vien', 'Sinh viên', 'Student'),
    c('cong_nhan', 'Công nhân', 'Worker'),
    c('nong_dan', 'Nông dân', 'Farmer'),
    c('can_bo_cong_chuc', 'Cán bộ, công chức', 'Civil servant'),
    c('vien_chuc', 'Viên chức', 'Public employee'),
    c('luc_luong_vu_trang', 'Lực lượng vũ trang', 'Armed forces'),
    c('chu_doanh_nghiep', 'Chủ doanh nghiệp', 'Business owner'),
    c('quan_ly_doanh_nghiep', 'Quản lý doanh nghiệp', 'Business manager'),
    c('lao_dong_tu_do', 'Lao động tự do', 'Self-employed'),
    c('huu_tri', 'Hưu trí', 'Retired'),
    c('khac', 'Khác', 'Other'),
  ],
  left_reason: [
    c('tu_tran', 'Từ trần', 'Deceased'),
    c('chuyen_di', 'Chuyển đi', 'Transferred out'),
    c('xoa_ten', 'Xóa tên', 'Struck off'),
    c('khai_tru', 'Khai trừ', 'Expelled'),
    c('xin_ra', 'Xin ra', 'Resigned'),
  ],
  drop_reason: [
    c('hoc_van', 'Chưa đủ học vấn', 'Education requirement'),
    c('chuyen_di', 'Chuyển đi', 'Moved away'),
    c('khac', 'Khác', 'Other'),
  ],
};

/** The label of a code in `lang`, or the code itself when unknown. */
export function codeLabel(list: CodeListName, code: string, lang: 'vi' | 'en' = 'vi'): string {
  const found = CODES[list].find((x) => x.code === code);
  return found ? found[lang] : code;
}
