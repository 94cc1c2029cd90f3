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

/** The table a header row belongs to, judged by its signature columns; null if none. */
export function tableFromHeader(header: string[]): TableName | null {
  const keys = header.map(foldKey);
  for (const [table, signature] of SIGNATURES) {
    const found = new Set(keys.map((k) => HEADER_KEYS[table].get(k)?.column));
    if (signature.every((c) => found.has(c))) return table;
  }
  return null;
}
