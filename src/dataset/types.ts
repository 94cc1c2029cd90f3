import type { Lang } from '../vocab/lang';

export type { Lang } from '../vocab/lang';

/** The five tables of the dataset contract (docs: dataset-format.md). */
export type TableName = 'units' | 'members' | 'admissions' | 'targets' | 'candidates';

/** How a column's values are checked and normalised. */
export type ColumnType = 'text' | 'code' | 'date' | 'integer' | 'boolean';

/** DuckDB type of an output column. */
export type SqlType = 'VARCHAR' | 'DATE' | 'INTEGER' | 'BOOLEAN';

/** One broken rule in one row. */
export interface LoadError {
  /** Row as a spreadsheet user sees it: the header is row 1, the first data row is row 2. */
  row: number;
  /** Canonical column name, or '' when the error concerns the whole row. */
  column: string;
  /** Short stable machine code: 'required', 'unique', 'date', 'integer', 'code', 'range', 'reference', 'cycle', 'chi_bo', 'order', ... */
  rule: string;
  /** Plain sentence naming the column and the bad value. */
  message: string;
}

/** What importing one file produced. */
export interface TableResult {
  table: TableName;
  /** The file name as given. */
  file: string;
  /** Data rows read: the non-blank lines after the header row. */
  rows: number;
  loaded: number;
  /** Rows not loaded; `loaded + rejected === rows`. */
  rejected: number;
  /**
   * Every line of the file (a CSV record or a sheet row; a quoted line break
   * does not start a new one), each the header, a title line, a blank line or
   * a data row: `lines === 1 + titleLines + blankLines + rows`.
   */
  lines: number;
  /** Spreadsheet row number of the header row: 1 when it is the first line. */
  headerRow: number;
  /** Title lines skipped above the header ("DANH SÁCH ĐẢNG VIÊN …", "Đơn vị: …"). */
  titleLines: number;
  /** Blank lines skipped (empty, or only delimiters), above the header, among the data and at the end. */
  blankLines: number;
  /** Output columns: every canonical column of the table, then the extra columns (snake_case ASCII). */
  columns: string[];
  /**
   * The header of each extra column as the file wrote it ("Khu vực" for `khu_vuc`): what the page
   * labels it by. Set by the importer; absent, a column is labelled by its name.
   */
  extraHeaders?: Record<string, string>;
  sqlTypes: Record<string, SqlType>;
  /** Every error found; a row may have several. */
  errors: LoadError[];
  /** Rejected rows with their original header and values plus an `error` column, BOM-prefixed for Excel. */
  rejectedCsv: string;
  /** Identifying columns dropped (original header names). */
  droppedColumns: string[];
  /** 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258', or 'xlsx'. */
  encoding: string;
  /** Localized notes for the user. */
  warnings: string[];
}

/** How a file's lines are accounted for, beside its data rows (`TableResult`). */
export type LineCounts = Pick<TableResult, 'lines' | 'headerRow' | 'titleLines' | 'blankLines'>;

/** A whole file unreadable, unknown, missing a required column, or a required file missing. */
export interface FileProblem {
  file: string;
  message: string;
}

/** Result of one import; the caller keeps its previous dataset when `problems` is not empty. */
export interface DatasetResult {
  tables: Partial<Record<TableName, TableResult>>;
  problems: FileProblem[];
}

/** Progress of an import: rows of the current file, bytes of all files. */
export interface ImportProgress {
  file: string;
  rows: number;
  bytes: number;
  totalBytes: number;
}

export interface ImportOptions {
  /** Language of messages; default 'vi'. */
  lang?: Lang;
  /** Reference date for "current year" rules; default `new Date()`. */
  now?: Date;
  /** Called at most every 50,000 rows and at the end of each file. */
  onProgress?: (p: ImportProgress) => void;
}

/** A file handed to the importer. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}
