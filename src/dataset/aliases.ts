import { IDENTIFYING_EXAMPLES, IDENTIFYING_KINDS } from './identifying';
import { foldKey } from './text';
import type { TableName } from './types';

type Aliases = Record<string, string[]>;

const PERSON_HEADERS: Aliases = {
  sex: ['Giới tính', 'gender', 'Phái'],
  birth_year: ['Năm sinh', 'year_of_birth', 'birthyear'],
  ethnicity: ['Dân tộc', 'ethnic', 'ethnic_group'],
  religion: ['Tôn giáo'],
  education: [
    'Trình độ giáo dục phổ thông', 'Giáo dục phổ thông', 'Học vấn', 'Trình độ học vấn',
    'Trình độ văn hóa', 'Văn hóa', 'general_education',
  ],
  qualification: ['Trình độ chuyên môn', 'Trình độ chuyên môn nghiệp vụ', 'Chuyên môn', 'Chuyên môn nghiệp vụ'],
  occupation: ['Nghề nghiệp', 'Nghề nghiệp khi vào Đảng', 'Nghề nghiệp khi kết nạp', 'job'],
};

const UNIT_REF = ['Mã đơn vị', 'Mã chi bộ', 'Chi bộ', 'Đơn vị', 'unit'];

/**
 * Header aliases of each canonical column, best first: when two headers of a
 * file mean the same column, the one with the earlier alias wins and the other
 * is kept as an extra column. The canonical name is always the first alias.
 */
export const HEADER_ALIASES: Record<TableName, Aliases> = {
  units: {
    unit_id: ['Mã đơn vị', 'Mã tổ chức đảng', 'Mã tổ chức', 'id'],
    parent_id: ['Mã đơn vị cấp trên', 'Đơn vị cấp trên', 'Mã cấp trên', 'Cấp trên', 'parent'],
    name: ['Tên đơn vị', 'Tên ĐV', 'Tên tổ chức đảng', 'Tên tổ chức', 'Tên'],
    kind: ['Loại tổ chức', 'Loại tổ chức đảng', 'Cấp', 'Loại đơn vị', 'Loại'],
    type: ['Loại chi bộ', 'Loại hình chi bộ', 'Loại hình tổ chức', 'Loại hình'],
    active_from: ['Ngày thành lập'],
    active_to: ['Ngày giải thể', 'Ngày kết thúc', 'Ngày sáp nhập'],
    successor_id: ['Đơn vị kế thừa', 'Mã đơn vị kế thừa', 'Sáp nhập vào', 'Hợp nhất vào', 'successor'],
  },
  members: {
    member_id: ['Mã đảng viên', 'Mã ĐV'],
    unit_id: UNIT_REF,
    ...PERSON_HEADERS,
    political_theory: ['Lý luận chính trị', 'Trình độ lý luận chính trị', 'LLCT'],
    admitted_on: ['Ngày vào Đảng', 'Ngày kết nạp', 'Ngày kết nạp Đảng'],
    official_on: ['Ngày chính thức', 'Ngày công nhận chính thức', 'Ngày công nhận đảng viên chính thức'],
    left_on: ['Ngày ra khỏi Đảng', 'Ngày giảm', 'Ngày ra Đảng'],
    left_reason: ['Lý do ra khỏi Đảng', 'Lý do giảm', 'Lý do'],
  },
  admissions: {
    admission_id: ['Mã kết nạp', 'Mã quyết định kết nạp'],
    member_id: ['Mã đảng viên', 'Mã ĐV'],
    unit_id: UNIT_REF,
    admitted_on: ['Ngày kết nạp', 'Ngày vào Đảng', 'Ngày kết nạp Đảng'],
    ...PERSON_HEADERS,
    youth_union: ['Đoàn viên', 'Là đoàn viên', 'Đoàn viên TNCS', 'Đoàn viên thanh niên'],
    readmission: ['Kết nạp lại', 'readmitted'],
  },
  targets: {
    unit_id: UNIT_REF,
    from_year: ['Từ năm', 'Năm bắt đầu'],
    to_year: ['Đến năm', 'Năm kết thúc'],
    target: ['Chỉ tiêu', 'Chỉ tiêu kết nạp', 'Chỉ tiêu tối thiểu'],
    target_max: ['Chỉ tiêu tối đa'],
  },
  candidates: {
    candidate_id: ['Mã quần chúng', 'Mã nguồn', 'Mã quần chúng ưu tú'],
    unit_id: UNIT_REF,
    listed_on: ['Ngày vào danh sách nguồn', 'Ngày vào nguồn', 'Ngày đưa vào nguồn'],
    class_completed_on: [
      'Ngày hoàn thành lớp', 'Ngày hoàn thành lớp bồi dưỡng', 'Ngày hoàn thành lớp bồi dưỡng nhận thức về Đảng',
      'Ngày học xong lớp cảm tình Đảng',
    ],
    admitted_on: ['Ngày kết nạp', 'Ngày vào Đảng'],
    dropped_on: ['Ngày rời', 'Ngày rời danh sách nguồn', 'Ngày ra khỏi nguồn'],
    drop_reason: ['Lý do', 'Lý do rời', 'Lý do rời nguồn'],
  },
};

/**
 * Example headers dropped as identifying (every kind but the full birth date).
 * Not the rule: headers are recognised by what they mean, see `identifyingKind`.
 */
export const IDENTIFYING_HEADERS: string[] = IDENTIFYING_KINDS.filter((k) => k !== 'birth_date').flatMap((k) => [
  ...IDENTIFYING_EXAMPLES[k],
]);

/**
 * Example headers of a full birth date: reduced to `birth_year` in a table that
 * has one, else dropped. Not the rule: see `identifyingKind`.
 */
export const BIRTH_DATE_HEADERS: string[] = [...IDENTIFYING_EXAMPLES.birth_date];

/** File base names of each table (folded), besides the canonical table name. */
export const FILE_ALIASES: Record<TableName, string[]> = {
  units: ['units', 'unit', 'don_vi', 'to_chuc', 'to_chuc_dang', 'co_so_dang'],
  members: ['members', 'member', 'dang_vien'],
  admissions: ['admissions', 'admission', 'ket_nap'],
  targets: ['targets', 'target', 'chi_tieu'],
  candidates: ['candidates', 'candidate', 'nguon', 'quan_chung', 'quan_chung_uu_tu'],
};

/** Folded header key → canonical column and priority (lower is better), per table. */
export const HEADER_KEYS: Record<TableName, Map<string, { column: string; priority: number }>> = (() => {
  const out = {} as Record<TableName, Map<string, { column: string; priority: number }>>;
  for (const [table, columns] of Object.entries(HEADER_ALIASES) as [TableName, Aliases][]) {
    const map = new Map<string, { column: string; priority: number }>();
    for (const [column, aliases] of Object.entries(columns)) {
      [column, ...aliases].forEach((alias, priority) => {
        const key = foldKey(alias);
        if (!map.has(key)) map.set(key, { column, priority });
      });
    }
    out[table] = map;
  }
  return out;
})();
