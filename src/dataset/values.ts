import { BOOLEAN_KEYS, CODE_KEYS } from './code-aliases';
import type { CodeListName } from './codes';
import { foldKey } from './text';

/** Why a value was refused: the rule, and for dates what it looked like. */
export interface Invalid {
  rule: 'date' | 'integer' | 'range' | 'code' | 'boolean';
  hint?: 'serial' | 'year';
}

/** A value parser: the normalised value, or why it is invalid. */
export type Parse = (raw: string) => string | Invalid;

const BAD_DATE: Invalid = { rule: 'date' };
const SERIAL_DATE: Invalid = { rule: 'date', hint: 'serial' };
const DATE_YEAR_RANGE: Invalid = { rule: 'range', hint: 'year' };
const BAD_INTEGER: Invalid = { rule: 'integer' };
const OUT_OF_RANGE: Invalid = { rule: 'range' };
const BAD_CODE: Invalid = { rule: 'code' };
const BAD_BOOLEAN: Invalid = { rule: 'boolean' };

/** Dates outside these years are typing mistakes (0023, 2203). */
export const DATE_YEARS = { min: 1900, max: 2100 };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const SERIAL = /^\d{1,6}(\.\d+)?$/;
const INTEGER = /^[+-]?\d{1,10}(\.0+)?$/;
const YEAR_ONLY = /^\d{4}$/;
const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** `yyyy-mm-dd` of a real calendar date, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** `yyyy-mm-dd` of a `Date`, read in UTC (spreadsheet dates carry no time zone). */
export function isoOfUtc(date: Date): string {
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** Excel's 1900 date system, with its fictitious 29 February 1900 (serial 60). */
function fromExcelSerial(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial === 60) return null;
  return isoOfUtc(new Date(EXCEL_EPOCH + (serial < 60 ? serial + 1 : serial) * DAY_MS));
}

/**
 * Parses a date written `yyyy-mm-dd`, or day first `d/m/yyyy`, `dd-mm-yyyy`,
 * `dd.mm.yyyy`. A bare number is an Excel serial: accepted only from `.xlsx`.
 */
export function parseDate(raw: string, fromXlsx = false): string | Invalid {
  let y: number;
  let m: number;
  let d: number;
  const iso = ISO.exec(raw);
  if (iso) {
    y = +iso[1]!;
    m = +iso[2]!;
    d = +iso[3]!;
  } else {
    const dmy = DAY_FIRST.exec(raw);
    if (!dmy) {
      if (!SERIAL.test(raw)) return BAD_DATE;
      if (!fromXlsx) return SERIAL_DATE;
      const date = fromExcelSerial(+raw);
      if (!date) return BAD_DATE;
      return inDateYears(+date.slice(0, 4)) ? date : DATE_YEAR_RANGE;
    }
    d = +dmy[1]!;
    m = +dmy[3]!;
    y = +dmy[4]!;
  }
  const date = isoDate(y, m, d);
  if (!date) return BAD_DATE;
  return inDateYears(y) ? date : DATE_YEAR_RANGE;
}

const inDateYears = (y: number) => y >= DATE_YEARS.min && y <= DATE_YEARS.max;

/** Parses an integer ("1985", "+3", "1985.0" as pandas writes it) within optional bounds. */
export function parseInteger(raw: string, min?: number, max?: number): string | Invalid {
  if (!INTEGER.test(raw)) return BAD_INTEGER;
  const n = parseInt(raw, 10);
  if (n > 2_147_483_647 || n < -2_147_483_648) return BAD_INTEGER;
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) return OUT_OF_RANGE;
  return String(n);
}

/** A full birth date, or a bare year, reduced to the year. */
export function parseBirthYear(raw: string, max: number, fromXlsx = false): string | Invalid {
  const year = YEAR_ONLY.test(raw) ? raw : parseDate(raw, fromXlsx);
  if (typeof year !== 'string') return year.rule === 'range' ? OUT_OF_RANGE : year;
  return parseInteger(year.slice(0, 4), 1900, max);
}

/** Parses a code or one of its aliases, case- and diacritic-insensitively. */
export function parseCode(list: CodeListName, raw: string): string | Invalid {
  return CODE_KEYS[list].get(foldKey(raw)) ?? BAD_CODE;
}

/** Parses 1/0, true/false, có/không, x; as 'true' or 'false'. */
export function parseBoolean(raw: string): string | Invalid {
  const b = BOOLEAN_KEYS.get(foldKey(raw));
  return b === undefined ? BAD_BOOLEAN : b ? 'true' : 'false';
}
