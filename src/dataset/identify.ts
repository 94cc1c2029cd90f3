import { FILE_ALIASES, HEADER_KEYS } from './aliases';
import { foldKey } from './text';
import type { TableName } from './types';

const EXTENSION = /\.(csv|tsv|txt|xlsx|xls|parquet)$/i;

/** The file's base name without directory and extension. */
export function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1).replace(EXTENSION, '');
}

/**
 * The table a file name points at: `units.csv`, `Members.CSV`, `dang_vien_2024.csv`.
 * Null when no name matches, or more than one table does.
 */
export function tableFromFileName(file: string): TableName | null {
  const key = `_${foldKey(baseName(file))}_`;
  const hits = (Object.keys(FILE_ALIASES) as TableName[]).filter((t) =>
    FILE_ALIASES[t].some((alias) => key.includes(`_${alias}_`)),
  );
  return hits.length === 1 ? hits[0]! : null;
}

/** Columns that only a file of that table has, tried in this order. */
const SIGNATURES: [TableName, string[]][] = [
  ['admissions', ['admission_id']],
  ['candidates', ['candidate_id']],
  ['targets', ['target', 'from_year']],
  ['members', ['member_id', 'admitted_on']],
  ['units', ['unit_id', 'name', 'kind']],
];

/**
 * The canonical columns of `table` that a header row names, by the aliases
 * `planHeaders` maps with (folded: case, diacritics and punctuation ignored).
 */
export function recognisedColumns(header: readonly string[], table: TableName): Set<string> {
  const aliases = HEADER_KEYS[table];
  const found = new Set<string>();
  for (const h of header) {
    const hit = aliases.get(foldKey(h));
    if (hit) found.add(hit.column);
  }
  return found;
}

/** The table a header row belongs to, judged by its signature columns; null if none. */
export function tableFromHeader(header: readonly string[]): TableName | null {
  for (const [table, signature] of SIGNATURES) {
    const found = recognisedColumns(header, table);
    if (signature.every((c) => found.has(c))) return table;
  }
  return null;
}
