import { recognisedColumns, tableFromHeader } from './identify';
import { TABLE_COLUMNS, TABLE_NAMES } from './schema';
import type { TableName } from './types';

/** How many rows from the top of a file are searched for the header row. */
export const HEADER_SEARCH_ROWS = 30;

/** A header row names at least this many columns of its table (or all its required ones). */
export const MIN_RECOGNISED = 2;

/** A title line has at most this many filled cells ("Đơn vị: …", "Ngày: …"). */
export const TITLE_MAX_CELLS = 3;

/** Where the header row of a file is, and what lies above it. */
export interface HeaderRow {
  /**
   * 0-based index of the header among the rows given, -1 when there is none.
   * When no row is recognised (`table` null), the first non-blank row that
   * does not look like a title: the caller then reports its columns as it
   * would for any header.
   */
  index: number;
  /** The table whose columns the header row names; null when none was recognised. */
  table: TableName | null;
  /** How many of that table's columns the header names (0 when not recognised). */
  recognised: number;
  /** 0-based indices of the blank rows above the header (of all rows searched when there is none). */
  blank: number[];
  /**
   * 0-based indices of the non-blank rows skipped above the header: title
   * lines ("DANH SÁCH ĐẢNG VIÊN …", "Đơn vị: …; Ngày: …"). When a header is
   * recognised, every non-blank row above it; when none is, the title-like
   * rows at the top.
   */
  titles: number[];
  /** How many rows were searched: at most `HEADER_SEARCH_ROWS`. */
  searched: number;
}

/** Whether every cell is empty or whitespace: a blank line, or one of only delimiters. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return true;
}

function filledCells(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (c.trim() !== '') n++;
  return n;
}

/** The best table a row names the columns of, when it names enough of them. */
function recognise(cells: readonly string[], tables: readonly TableName[]): { table: TableName; count: number } | null {
  let best: { table: TableName; count: number } | null = null;
  const signed = tables.length > 1 ? tableFromHeader(cells) : null;
  for (const table of tables) {
    const found = recognisedColumns(cells, table);
    const required = TABLE_COLUMNS[table].filter((c) => c.required);
    const enough = found.size >= MIN_RECOGNISED || (required.length > 0 && required.every((c) => found.has(c.name)));
    if (!enough) continue;
    const better = !best || found.size > best.count || (found.size === best.count && table === signed);
    if (better) best = { table, count: found.size };
  }
  return best;
}

/**
 * Finds the header row among the first rows of a file (arrays of cells, as
 * CSV records or sheet rows; only the first `limit` are looked at). The
 * header is the first row that names the columns of a table, by the same
 * aliases as `planHeaders`: at least `MIN_RECOGNISED` of them, or all the
 * table's required ones; of `expected` alone when the file name says which
 * table it is, else of the table it names most columns of. Blank rows
 * (every cell empty or whitespace) and title rows above it are skipped.
 *
 * When no row is recognised, the header is the first non-blank row that does
 * not look like a title (a title: no more than `TITLE_MAX_CELLS` filled
 * cells, and a single one or at most half as many as the widest row
 * searched), so that a file with unknown columns is still reported by them;
 * the title-like rows above it are returned in `titles`.
 *
 * Pure and independent of any CSV parser: it needs only the cells.
 */
export function findHeaderRow(
  rows: readonly (readonly string[])[],
  expected?: TableName | null,
  limit: number = HEADER_SEARCH_ROWS,
): HeaderRow {
  const searched = Math.min(rows.length, limit);
  const tables = expected ? [expected] : TABLE_NAMES;
  const blank: number[] = [];
  const above: number[] = [];
  for (let i = 0; i < searched; i++) {
    const row = rows[i]!;
    if (isBlankRow(row)) {
      blank.push(i);
      continue;
    }
    const hit = recognise(row, tables);
    if (hit) return { index: i, table: hit.table, recognised: hit.count, blank, titles: above, searched };
    above.push(i);
  }

  let widest = 0;
  for (const i of above) widest = Math.max(widest, filledCells(rows[i]!));
  const titles: number[] = [];
  for (const i of above) {
    const row = rows[i]!;
    const filled = filledCells(row);
    const named = tables.some((t) => recognisedColumns(row, t).size > 0);
    const title = !named && filled <= TITLE_MAX_CELLS && (filled === 1 || filled * 2 <= widest);
    if (!title) return { index: i, table: null, recognised: 0, blank: blank.filter((b) => b < i), titles, searched };
    titles.push(i);
  }
  return { index: -1, table: null, recognised: 0, blank, titles, searched };
}
