import { toSpreadsheetCsv } from './csv-write';
import type { HeaderPlan } from './headers';
import type { Messages } from './messages';
import type { LoadError } from './types';
import { parseBirthYear } from './values';

/** A rejected record as read, with its errors. */
export interface RejectedRow {
  row: number;
  fields: string[];
  errors: LoadError[];
  /** The row's cells are left out of the file (it could not be split, and the file has identifying columns). */
  withheld?: boolean;
}

/**
 * The rejected rows for the office to correct and re-import: original header
 * and values plus an `error` column, formula-like cells neutralised, with a
 * BOM for Excel. Identifying columns stay out and a full birth date is cut to
 * its year, as everywhere else. Empty string when nothing was rejected.
 */
export function writeRejectedCsv(plan: HeaderPlan, rejected: RejectedRow[], fromXlsx: boolean, msg?: Messages): string {
  if (rejected.length === 0) return '';
  const { header, identifying, birthDateSource } = plan;
  const keep = header.map((_, i) => i).filter((i) => !identifying.has(i));
  const cell = (fields: string[], i: number): string => {
    const v = fields[i] ?? '';
    if (i !== birthDateSource) return v;
    const year = parseBirthYear(v.trim(), 9999, fromXlsx);
    return typeof year === 'string' ? year : v;
  };
  const lines = [[...keep.map((i) => header[i] ?? ''), 'error']];
  for (const r of rejected) {
    const error = r.errors.map((e) => e.message).join('; ') + (r.withheld && msg ? ` ${msg.cellsWithheld(r.row)}` : '');
    lines.push([...keep.map((i) => cell(r.fields, i)), error]);
  }
  return toSpreadsheetCsv(lines);
}
