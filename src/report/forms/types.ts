/**
 * An official statistics form (Biểu 1, 2, 3 of Hướng dẫn 11-HD/BTCTW) as data:
 * rows and columns as the offices know them, each cell a count. The page shows
 * it, the .xlsx export writes it, the snapshot prints it; suppression works on it.
 */
export interface FormColumn {
  key: string;
  label: string;
  /** Column groups print as a header row above their columns ("Độ tuổi", "Trình độ"). */
  group?: string;
  /** Counts unless said otherwise; a decimal (the mean age) is never a count to suppress. */
  format?: 'count' | 'decimal';
}

export interface FormRow {
  key: string;
  /** Row number as printed on the form ("1", "1.1", "2"). */
  no: string;
  label: string;
  /** One count per column; null where the form has no value for this row. */
  cells: (number | null)[];
  /** 0 for a main row, 1 for a "trong đó" sub-row. */
  level: number;
}

export interface FormTable {
  id: 'bieu1' | 'bieu2' | 'bieu3';
  /** "Biểu 2: Đảng viên mới kết nạp". */
  title: string;
  /** The unit and the period, e.g. "Đảng bộ tỉnh Lâm Giang — từ 01/01/2023 đến 31/12/2023". */
  subtitle: string;
  columns: FormColumn[];
  rows: FormRow[];
  /**
   * Sums the form states (a total and the parts that add up to it), as cell ids
   * `row:column`, for secondary suppression and for the "totals add up" test.
   */
  sums: { total: string; parts: string[] }[];
  notes: string[];
}

export const cellId = (row: string, column: string) => `${row}:${column}`;
