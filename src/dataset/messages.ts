import { foldKey } from './text';
import type { Lang } from './types';

/** How a message names a column: its label and canonical name. */
export interface Col {
  label: string;
  name: string;
}

const q = (v: string) => `«${v}»`;
const named = (cs: { header: string; name: string }[]) => cs.map((c) => (foldKey(c.header) === c.name ? q(c.header) : `${q(c.header)} (${c.name})`)).join(', ');
const clip = (v: string) => (v.length > 60 ? `${v.slice(0, 59)}…` : v);
const TABLES = '(units, members, admissions, targets, candidates)';
const FORMATS_VI = 'CSV (.csv, .tsv, .txt) mã UTF-8, Windows-1258 hoặc UTF-16, và Excel .xlsx';
const FORMATS_EN = 'CSV (.csv, .tsv, .txt) in UTF-8, Windows-1258 or UTF-16, and Excel .xlsx';
/** Up to 10 line numbers, then "…" when there are more. */
const lineList = (ls: number[], n: number) => ls.slice(0, 10).join(', ') + (n > 10 ? ', …' : '');
const cv = (c: Col) => `«${c.label}» (${c.name})`;
const vi = (c: Col) => `Cột ${cv(c)}`;
const en = (c: Col) => `Column ${cv(c)}`;

/** Every sentence the importer says, in Vietnamese and English. */
export interface Messages {
  required(c: Col): string;
  unique(c: Col, v: string, firstRow: number): string;
  date(c: Col, v: string): string;
  serialDate(c: Col, v: string): string;
  dateYears(c: Col, v: string, min: number, max: number): string;
  integer(c: Col, v: string): string;
  range(c: Col, v: string, min?: number, max?: number): string;
  code(c: Col, v: string, accepted: string): string;
  boolean(c: Col, v: string): string;
  order(c: Col, v: string, other: Col, otherV: string, dates: boolean): string;
  requires(c: Col, v: string, other: Col): string;
  fields(n: number, header: number): string;
  reference(c: Col, v: string, file: string): string;
  referenceRejected(c: Col, v: string): string;
  chiBo(c: Col, v: string): string;
  cycle(c: Col, path: string): string;
  missingFile(file: string, what: string): string;
  unknownFile(file: string): string;
  /** The same table given twice: both files named, the dataset refused. */
  duplicateTable(file: string, table: string, first: string): string;
  /** A file whose format is not read (`what`: "Parquet", "PDF", ".docx"…), with the formats that are. */
  formatNotRead(file: string, what: string): string;
  formatOldExcel: string;
  formatNoExtension: string;
  /** A required file with no valid row: `rows` data rows read, all rejected (none: header only). */
  noValidRow(file: string, table: string, rows: number): string;
  /** `headerRow` above 1 is said: the row taken as the header is then not the first line. */
  missingColumns(file: string, cols: string, headerRow?: number): string;
  emptyFile(file: string): string;
  /**
   * No header row found in the rows searched (`lines`, or the whole file when
   * `whole`), though a title line was seen: `titleRow` and its text. `cols`
   * names the required columns when the file name says which table it is.
   */
  noHeader(file: string, lines: number, whole: boolean, titleRow: number, title: string, cols: string | null): string;
  /** The lines skipped: title lines above the header, blank lines anywhere, each count with its row numbers ("1–2, 5"). */
  skippedLines(titles: { n: number; rows: string } | null, blanks: { n: number; rows: string } | null, headerRow: number): string;
  unreadable(file: string, why: string): string;
  xlsxNeedsAsync(file: string): string;
  dropped(headers: string): string;
  birthDateReduced: string;
  cp1258: string;
  /** Lines of a UTF-8 file read as Windows-1258: the first ones (up to 10 are named) and how many in all. */
  cp1258Lines(lines: number[], count: number): string;
  duplicateColumn(header: string, canonical: Col, extra: string): string;
  /** The extra columns kept, each by its header as written and, when that differs, the name SQL knows it by. */
  extras(columns: { header: string; name: string }[]): string;
  successorWithoutEnd(n: number, rows: string): string;
  /** A row DuckDB's reader or the framing refused: a quote opened and not closed where it should be. */
  brokenQuote: string;
  /** A row the CSV reader could not read for another reason (its own words). */
  badLine(why: string): string;
  notText(file: string): string;
  /** In the rejected-rows file, for a row whose cells are left out. */
  cellsWithheld(row: number): string;
  tooBig(file: string, size: string, limit: string): string;
}

const VI: Messages = {
  required: (c) => `${vi(c)}: bắt buộc nhưng đang trống.`,
  unique: (c, v, r) => `${vi(c)}: ${q(v)} bị trùng (đã có ở dòng ${r}).`,
  date: (c, v) => `${vi(c)}: ${q(v)} không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).`,
  serialDate: (c, v) =>
    `${vi(c)}: ${q(v)} là số ngày kiểu Excel, không phải ngày (dd/mm/yyyy hoặc yyyy-mm-dd); hãy định dạng cột là ngày trước khi xuất CSV.`,
  dateYears: (c, v, a, b) => `${vi(c)}: ${q(v)} có năm ngoài khoảng ${a}–${b}.`,
  integer: (c, v) => `${vi(c)}: ${q(v)} không phải số nguyên.`,
  range: (c, v, a, b) =>
    `${vi(c)}: ${q(v)} ${b === undefined ? `phải từ ${a} trở lên` : `phải trong khoảng ${a}–${b}`}.`,
  code: (c, v, acc) => `${vi(c)}: ${q(v)} không phải giá trị hợp lệ; chấp nhận: ${acc}.`,
  boolean: (c, v) => `${vi(c)}: ${q(v)} không phải giá trị có/không (1/0, true/false, có/không, x).`,
  order: (c, v, o, ov, dates) => `${vi(c)}: ${q(v)} ${dates ? 'sớm hơn' : 'nhỏ hơn'} ${cv(o)} ${q(ov)}.`,
  requires: (c, v, o) => `${vi(c)}: ${q(v)} chỉ được điền khi có ${cv(o)}.`,
  fields: (n, h) => `Dòng có ${n} ô nhưng tiêu đề chỉ có ${h} cột (thiếu dấu ngoặc kép quanh một giá trị chứa dấu phân cách?).`,
  reference: (c, v, f) => `${vi(c)}: ${q(v)} không có trong ${f}.`,
  referenceRejected: (c, v) => `${vi(c)}: đơn vị ${q(v)} bị loại nên dòng này cũng không được nạp.`,
  chiBo: (c, v) => `${vi(c)}: ${q(v)} là đảng bộ, không phải chi bộ; chỉ chi bộ mới kết nạp đảng viên.`,
  cycle: (c, p) => `${vi(c)}: vòng lặp đơn vị cấp trên ${p}.`,
  missingFile: (f, w) => `Thiếu tệp bắt buộc: ${f} (${w}).`,
  unknownFile: (f) =>
    `Không nhận ra tệp ${q(f)}: tên tệp và tiêu đề cột không khớp bảng nào (units, members, admissions, targets, candidates); chỉ đọc các bảng này, dạng ${FORMATS_VI}.`,
  duplicateTable: (f, t, first) => `Tệp ${q(first)} và tệp ${q(f)} cùng là bảng ${t}; mỗi bảng chỉ đưa một tệp, hãy bỏ bớt một tệp.`,
  formatNotRead: (f, w) => `Tệp ${q(f)} (${w}) không đọc được; chỉ đọc ${FORMATS_VI}.`,
  formatOldExcel: 'Excel cũ .xls',
  formatNoExtension: 'không có phần mở rộng',
  noValidRow: (f, t, n) =>
    `Tệp ${q(f)} (bảng bắt buộc ${t}) không có dòng hợp lệ nào: ${n ? `cả ${n} dòng dữ liệu đều bị loại` : 'chỉ có hàng tên cột, không có dòng dữ liệu'}.`,
  missingColumns: (f, cols, h = 1) => `Tệp ${q(f)} thiếu cột bắt buộc: ${cols}${h > 1 ? ` (hàng tên cột là dòng ${h})` : ''}.`,
  emptyFile: (f) => `Tệp ${q(f)} trống hoặc không có dòng tiêu đề.`,
  noHeader: (f, n, whole, r, title, cols) =>
    `Tệp ${q(f)}: không tìm thấy hàng tên cột ${cols ? `có các cột bắt buộc ${cols}` : `khớp một bảng ${TABLES}`} ${whole ? 'trong tệp' : `trong ${n} dòng đầu`}; dòng ${r} ${q(clip(title))} là dòng tiêu đề, không phải tên cột.`,
  skippedLines: (t, b, h) =>
    `Bỏ qua ${[t && `${t.n} dòng tiêu đề phía trên (dòng ${t.rows})`, b && `${b.n} dòng trống (dòng ${b.rows})`].filter(Boolean).join(' và ')}${h > 1 ? `; hàng tên cột là dòng ${h}` : ''}`,
  unreadable: (f, why) => `Không đọc được tệp ${q(f)}: ${why}`,
  xlsxNeedsAsync: (f) => `Tệp Excel ${q(f)} cần được đọc bằng importDatasetAsync.`,
  dropped: (h) => `Đã bỏ các cột định danh: ${h}`,
  birthDateReduced: 'Ngày sinh đầy đủ đã được rút gọn thành năm sinh',
  cp1258: 'Tệp được đọc theo bảng mã Windows-1258; nên lưu lại dạng CSV UTF-8',
  cp1258Lines: (ls, n) => `Dòng ${lineList(ls, n)} không phải UTF-8: đã đọc theo Windows-1258${n > 10 ? ` (${n} dòng)` : ''}`,
  duplicateColumn: (h, c, x) => `Cột ${q(h)} trùng nghĩa với ${cv(c)}; được giữ như cột thêm ${q(x)}`,
  extras: (cs) => `Giữ các cột thêm: ${named(cs)}`,
  successorWithoutEnd: (n, rows) => `${n} đơn vị có «Đơn vị kế thừa» nhưng không có «Ngày giải thể» (dòng ${rows})`,
  brokenQuote: 'Dấu ngoặc kép không được đóng (hoặc đóng sai chỗ) trên dòng này; dòng không được nạp, các dòng sau vẫn được đọc.',
  badLine: (why) => `Dòng không đọc được: ${why}`,
  cellsWithheld: (r) => `(Dòng ${r} của tệp: các ô không được chép sang đây vì dòng không tách được thành cột mà tệp có cột định danh; hãy sửa trực tiếp trong tệp gốc.)`,
  notText: (f) => `Tệp ${q(f)} không phải tệp văn bản (CSV) hay Excel .xlsx; không đọc được.`,
  tooBig: (f, size, limit) => `Tệp ${q(f)} (${size}) quá lớn để mở trong trang (tổng các tệp tối đa khoảng ${limit}); hãy tách dữ liệu theo từng đơn vị cấp dưới.`,
};

const EN: Messages = {
  required: (c) => `${en(c)}: required but empty.`,
  unique: (c, v, r) => `${en(c)}: ${q(v)} is a duplicate (already in row ${r}).`,
  date: (c, v) => `${en(c)}: ${q(v)} is not a valid date (dd/mm/yyyy or yyyy-mm-dd).`,
  serialDate: (c, v) =>
    `${en(c)}: ${q(v)} is an Excel day number, not a date (dd/mm/yyyy or yyyy-mm-dd); format the column as a date before saving as CSV.`,
  dateYears: (c, v, a, b) => `${en(c)}: ${q(v)} has a year outside ${a}–${b}.`,
  integer: (c, v) => `${en(c)}: ${q(v)} is not a whole number.`,
  range: (c, v, a, b) => `${en(c)}: ${q(v)} ${b === undefined ? `must be ${a} or more` : `must be between ${a} and ${b}`}.`,
  code: (c, v, acc) => `${en(c)}: ${q(v)} is not an accepted value; accepted: ${acc}.`,
  boolean: (c, v) => `${en(c)}: ${q(v)} is not a yes/no value (1/0, true/false, có/không, x).`,
  order: (c, v, o, ov, dates) => `${en(c)}: ${q(v)} is ${dates ? 'before' : 'less than'} ${cv(o)} ${q(ov)}.`,
  requires: (c, v, o) => `${en(c)}: ${q(v)} is only allowed when ${cv(o)} is filled in.`,
  fields: (n, h) => `The row has ${n} cells but the header only ${h} columns (a value containing the delimiter without quotes?).`,
  reference: (c, v, f) => `${en(c)}: ${q(v)} is not in ${f}.`,
  referenceRejected: (c, v) => `${en(c)}: unit ${q(v)} was rejected, so this row is not loaded either.`,
  chiBo: (c, v) => `${en(c)}: ${q(v)} is a party committee, not a cell; only cells admit members.`,
  cycle: (c, p) => `${en(c)}: parent units form a loop ${p}.`,
  missingFile: (f, w) => `Missing required file: ${f} (${w}).`,
  unknownFile: (f) =>
    `Unrecognised file ${q(f)}: neither its name nor its headers match a table (units, members, admissions, targets, candidates); only these tables are read, as ${FORMATS_EN}.`,
  duplicateTable: (f, t, first) => `Files ${q(first)} and ${q(f)} are both table ${t}; give one file per table and leave the other out.`,
  formatNotRead: (f, w) => `File ${q(f)} (${w}) cannot be read; only ${FORMATS_EN} are read.`,
  formatOldExcel: 'old Excel .xls',
  formatNoExtension: 'no extension',
  noValidRow: (f, t, n) =>
    `File ${q(f)} (required table ${t}) has no valid row: ${n ? `all ${n} data rows were rejected` : 'only a header row, no data row'}.`,
  missingColumns: (f, cols, h = 1) => `File ${q(f)} lacks required columns: ${cols}${h > 1 ? ` (the header is line ${h})` : ''}.`,
  emptyFile: (f) => `File ${q(f)} is empty or has no header row.`,
  noHeader: (f, n, whole, r, title, cols) =>
    `File ${q(f)}: no header row ${cols ? `with the required columns ${cols}` : `matching a table ${TABLES}`} ${whole ? 'in the file' : `in the first ${n} lines`}; line ${r} ${q(clip(title))} is a title line, not column names.`,
  skippedLines: (t, b, h) =>
    `Skipped ${[t && `${t.n} title line${t.n === 1 ? '' : 's'} above the header (line${t.n === 1 ? '' : 's'} ${t.rows})`, b && `${b.n} blank line${b.n === 1 ? '' : 's'} (line${b.n === 1 ? '' : 's'} ${b.rows})`].filter(Boolean).join(' and ')}${h > 1 ? `; the header is line ${h}` : ''}`,
  unreadable: (f, why) => `Cannot read file ${q(f)}: ${why}`,
  xlsxNeedsAsync: (f) => `Excel file ${q(f)} must be read with importDatasetAsync.`,
  dropped: (h) => `Identifying columns dropped: ${h}`,
  birthDateReduced: 'Full birth dates were reduced to the birth year',
  cp1258: 'The file was read as Windows-1258; better save it as UTF-8 CSV',
  cp1258Lines: (ls, n) => `${n === 1 ? 'Line' : 'Lines'} ${lineList(ls, n)} ${n === 1 ? 'is' : 'are'} not UTF-8: read as Windows-1258${n > 10 ? ` (${n} lines)` : ''}`,
  duplicateColumn: (h, c, x) => `Column ${q(h)} means the same as ${cv(c)}; kept as extra column ${q(x)}`,
  extras: (cs) => `Extra columns kept: ${named(cs)}`,
  successorWithoutEnd: (n, rows) => `${n} units have a successor unit but no end date (rows ${rows})`,
  brokenQuote: 'A quotation mark is not closed (or closed in the wrong place) on this row; the row is not loaded, the rows after it are read.',
  badLine: (why) => `Row could not be read: ${why}`,
  cellsWithheld: (r) => `(Row ${r} of the file: its cells are not copied here because the row could not be split into columns and the file has identifying columns; correct it in the original file.)`,
  notText: (f) => `${q(f)} is not a text (CSV) or Excel .xlsx file; it cannot be read.`,
  tooBig: (f, size, limit) => `${q(f)} (${size}) is too large to open in the page (about ${limit} for all files together); split the data by sub-unit.`,
};

/** The messages in `lang`. */
export function messages(lang: Lang): Messages {
  return lang === 'en' ? EN : VI;
}
