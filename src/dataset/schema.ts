import type { CodeListName } from './codes';
import type { ColumnType, SqlType, TableName } from './types';

/** A canonical column of the dataset contract. */
export interface ColumnSpec {
  name: string;
  type: ColumnType;
  required: boolean;
  /** The code list of a `code` column. */
  codes?: CodeListName;
  /** Inclusive bounds of an integer column; 'now' is the current year. */
  min?: number;
  max?: number | 'now';
  vi: string;
  en: string;
}

type Opt = Partial<Pick<ColumnSpec, 'required' | 'codes' | 'min' | 'max'>>;

const col = (name: string, type: ColumnType, vi: string, en: string, opt: Opt = {}): ColumnSpec => ({
  name,
  type,
  required: opt.required ?? false,
  vi,
  en,
  ...(opt.codes ? { codes: opt.codes } : {}),
  ...(opt.min !== undefined ? { min: opt.min } : {}),
  ...(opt.max !== undefined ? { max: opt.max } : {}),
});

const REQ = { required: true };
const YEAR = { required: true, min: 1900, max: 2100 };

/** The person attributes shared by members and admissions. */
const PERSON: ColumnSpec[] = [
  col('sex', 'code', 'Giới tính', 'Sex', { codes: 'sex' }),
  col('birth_year', 'integer', 'Năm sinh', 'Birth year', { min: 1900, max: 'now' }),
  col('ethnicity', 'text', 'Dân tộc', 'Ethnicity'),
  col('religion', 'text', 'Tôn giáo', 'Religion'),
  col('education', 'code', 'Trình độ giáo dục phổ thông', 'General education', { codes: 'education' }),
  col('qualification', 'code', 'Trình độ chuyên môn', 'Qualification', { codes: 'qualification' }),
];
const [SEX, BIRTH_YEAR, ETHNICITY, RELIGION, EDUCATION, QUALIFICATION] = PERSON as [
  ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec,
];
const OCCUPATION = col('occupation', 'code', 'Nghề nghiệp', 'Occupation', { codes: 'occupation' });
const UNIT_ID = col('unit_id', 'text', 'Mã đơn vị', 'Unit ID', REQ);

/** Canonical columns of each table, in output order (dataset-format.md, version 1). */
export const TABLE_COLUMNS: Record<TableName, ColumnSpec[]> = {
  units: [
    col('unit_id', 'text', 'Mã đơn vị', 'Unit ID', REQ),
    col('parent_id', 'text', 'Mã đơn vị cấp trên', 'Parent unit ID'),
    col('name', 'text', 'Tên đơn vị', 'Unit name', REQ),
    col('kind', 'code', 'Loại tổ chức', 'Kind', { required: true, codes: 'kind' }),
    col('type', 'code', 'Loại chi bộ', 'Cell type', { codes: 'type' }),
    col('active_from', 'date', 'Ngày thành lập', 'Active from'),
    col('active_to', 'date', 'Ngày giải thể', 'Active to'),
    col('successor_id', 'text', 'Đơn vị kế thừa', 'Successor unit ID'),
  ],
  members: [
    col('member_id', 'text', 'Mã đảng viên', 'Member ID', REQ),
    UNIT_ID,
    SEX, BIRTH_YEAR, ETHNICITY, RELIGION, EDUCATION, QUALIFICATION,
    col('political_theory', 'code', 'Lý luận chính trị', 'Political theory', { codes: 'political_theory' }),
    OCCUPATION,
    col('admitted_on', 'date', 'Ngày vào Đảng', 'Admitted on', REQ),
    col('official_on', 'date', 'Ngày chính thức', 'Official on'),
    col('left_on', 'date', 'Ngày ra khỏi Đảng', 'Left on'),
    col('left_reason', 'code', 'Lý do ra khỏi Đảng', 'Reason for leaving', { codes: 'left_reason' }),
  ],
  admissions: [
    col('admission_id', 'text', 'Mã kết nạp', 'Admission ID', REQ),
    col('member_id', 'text', 'Mã đảng viên', 'Member ID'),
    UNIT_ID,
    col('admitted_on', 'date', 'Ngày kết nạp', 'Admitted on', REQ),
    SEX, BIRTH_YEAR, ETHNICITY, RELIGION, EDUCATION, QUALIFICATION, OCCUPATION,
    col('youth_union', 'boolean', 'Đoàn viên', 'Youth Union member'),
    col('readmission', 'boolean', 'Kết nạp lại', 'Readmission'),
  ],
  targets: [
    UNIT_ID,
    col('from_year', 'integer', 'Từ năm', 'From year', YEAR),
    col('to_year', 'integer', 'Đến năm', 'To year', YEAR),
    col('target', 'integer', 'Chỉ tiêu', 'Target', { required: true, min: 0 }),
    col('target_max', 'integer', 'Chỉ tiêu tối đa', 'Target upper bound', { min: 0 }),
  ],
  candidates: [
    col('candidate_id', 'text', 'Mã quần chúng', 'Candidate ID', REQ),
    UNIT_ID,
    col('listed_on', 'date', 'Ngày vào danh sách nguồn', 'Listed on'),
    col('class_completed_on', 'date', 'Ngày hoàn thành lớp bồi dưỡng', 'Class completed on'),
    col('admitted_on', 'date', 'Ngày kết nạp', 'Admitted on'),
    col('dropped_on', 'date', 'Ngày rời danh sách nguồn', 'Dropped on'),
    col('drop_reason', 'code', 'Lý do rời', 'Drop reason', { codes: 'drop_reason' }),
  ],
};

/** Tables in processing order: units first, the others check their `unit_id` against it. */
export const TABLE_NAMES: TableName[] = ['units', 'members', 'admissions', 'targets', 'candidates'];

/** Tables a dataset cannot do without. */
export const REQUIRED_TABLES: TableName[] = ['units', 'members', 'admissions'];

/** The column holding each table's unique row id, if any. */
export const ID_COLUMN: Record<TableName, string | null> = {
  units: 'unit_id',
  members: 'member_id',
  admissions: 'admission_id',
  targets: null,
  candidates: 'candidate_id',
};

/** What each table holds, for messages. */
export const TABLE_LABELS: Record<TableName, { vi: string; en: string }> = {
  units: { vi: 'danh sách đơn vị', en: 'unit list' },
  members: { vi: 'danh sách đảng viên', en: 'member list' },
  admissions: { vi: 'danh sách kết nạp', en: 'admission list' },
  targets: { vi: 'chỉ tiêu kết nạp', en: 'admission targets' },
  candidates: { vi: 'danh sách nguồn', en: 'candidate pipeline' },
};

/**
 * Tables whose rows are people. Identifying columns are dropped from every
 * table, these and units.csv and targets.csv alike (see `identifyingKind`).
 */
export const PERSON_TABLES: ReadonlySet<TableName> = new Set(['members', 'admissions', 'candidates']);

const SQL_TYPES: Record<ColumnType, SqlType> = {
  text: 'VARCHAR',
  code: 'VARCHAR',
  date: 'DATE',
  integer: 'INTEGER',
  boolean: 'BOOLEAN',
};

/** DuckDB type of a column type. */
export function sqlTypeOf(type: ColumnType): SqlType {
  return SQL_TYPES[type];
}
