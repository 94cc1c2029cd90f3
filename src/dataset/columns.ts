import { CODES } from './codes';
import type { OutputColumn } from './headers';
import type { Col, Messages } from './messages';
import {
  DATE_YEARS, memoise, parseBirthYear, parseBoolean, parseCode, parseDate, parseInteger,
  type Invalid, type Parse,
} from './values';
import type { Lang } from './types';

/** An output column ready to check values: its parser and how to word its errors. */
export interface PreparedColumn {
  name: string;
  source: number;
  col: Col;
  required: boolean;
  /** Null: kept as given (text). */
  parse: Parse | null;
  /** Values may hold commas or quotes, so the CSV writer must look. */
  free: boolean;
  /** The sentence for a value `parse` refused. */
  explain(inv: Invalid, raw: string): string;
}

/** Prepares one output column; `nowYear` bounds birth years. */
export function prepareColumn(
  out: OutputColumn, header: string[], msg: Messages, lang: Lang, nowYear: number, fromXlsx: boolean,
): PreparedColumn {
  const spec = out.spec;
  const label = out.fromBirthDate ? (header[out.source] ?? '') : spec ? spec[lang] : out.name;
  const col: Col = { label, name: out.name };
  const max = spec?.max === 'now' ? nowYear : spec?.max;
  const min = spec?.min;
  let parse: Parse | null = null;
  if (spec?.type === 'code' && spec.codes) {
    const list = spec.codes;
    parse = memoise((raw) => parseCode(list, raw));
  } else if (spec?.type === 'date') {
    parse = memoise((raw) => parseDate(raw, fromXlsx));
  } else if (spec?.type === 'integer') {
    parse = out.fromBirthDate
      ? memoise((raw) => parseBirthYear(raw, nowYear, fromXlsx))
      : memoise((raw) => parseInteger(raw, min, max));
  } else if (spec?.type === 'boolean') {
    parse = memoise(parseBoolean);
  }
  const accepted = spec?.codes ? CODES[spec.codes].map((c) => `${c.code} (${c[lang]})`).join(', ') : '';
  const explain = (inv: Invalid, raw: string): string => {
    switch (inv.rule) {
      case 'date':
        return inv.hint === 'serial' ? msg.serialDate(col, raw) : msg.date(col, raw);
      case 'range':
        return inv.hint === 'year' ? msg.dateYears(col, raw, DATE_YEARS.min, DATE_YEARS.max) : msg.range(col, raw, min, max);
      case 'integer':
        return msg.integer(col, raw);
      case 'code':
        return msg.code(col, raw, accepted);
      case 'boolean':
        return msg.boolean(col, raw);
    }
  };
  return {
    name: out.name,
    source: out.source,
    col,
    required: spec?.required ?? false,
    parse,
    free: parse === null,
    explain,
  };
}
