import Papa from 'papaparse';
import type { Engine } from '../engine/types';
import type { Source } from './sources';

/** A line the CSV reader (or the framing before it) refused, by row number. */
export interface UnreadLine {
  row: number;
  /** 'quote' (a broken quote), 'fields' (more fields than the header) or 'line' (anything else). */
  rule: 'quote' | 'fields' | 'line';
  /** For 'fields': how many fields the line has; for 'line': the reader's own words. */
  detail: string;
  /** The line's fields as best they can be split (for the rejected-rows file). */
  fields: string[];
}

const DELIMS = new Set([',', ';', '\t']);

/** A read_csv option value among the few the sniffing can give: never user text. */
function option(value: string, allowed: Set<string>): string {
  if (!allowed.has(value)) throw new Error(`unexpected CSV option ${JSON.stringify(value)}`);
  return value === '\t' ? '\\t' : value;
}

/** A line the reader gave back, split at the row number our framing wrote before it. */
function framedLine(csvLine: string, delim: string): { row: number; text: string } {
  const cut = csvLine.indexOf(delim);
  return { row: Number(csvLine.slice(0, cut < 0 ? undefined : cut)), text: cut < 0 ? '' : csvLine.slice(cut + 1).replace(/\n$/, '') };
}

/** The fields of a line's text, split as leniently as PapaParse splits. */
function splitLine(text: string, delim: string): string[] {
  const parsed = Papa.parse<string[]>(text, { delimiter: delim, skipEmptyLines: false });
  return parsed.data[0] ?? [text];
}

/**
 * Reads a source's framed records with DuckDB's CSV reader into the staging
 * table `<schema>.<name>`: the row number, then one text column `c<i>` for
 * each column of the file in `keep` (identifying columns are never read),
 * as the file has it.
 * Lines the reader cannot parse are kept out by `store_rejects` and returned
 * with the lines the framing refused, so that none is lost. Parts are read
 * one by one, `onPart` told after each.
 */
export async function stageSource(
  engine: Engine,
  schema: string,
  name: string,
  source: Source,
  keep: number[],
  onPart: (bytes: number) => void,
): Promise<{ rows: number; unread: UnreadLine[] }> {
  const framed = source.framed!;
  const width = source.header!.length;
  const delim = option(source.delimiter, DELIMS);
  const escape = option(source.escape, new Set(['"', '\\']));
  const cols = ["'line': 'INTEGER'", ...Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`)].join(', ');
  const target = `${schema}.${name}`;
  const rejects = `${schema}_${name}_rejects`;
  await engine.exec(`CREATE TABLE ${target} (line INTEGER${keep.map((i) => `, c${i} VARCHAR`).join('')})`);
  try {
    for (let p = 0; p < framed.parts.length; p++) {
      const file = `${schema}_${name}_${p}.csv`;
      const part = framed.parts[p]!;
      await engine.registerFile(file, part);
      try {
        // The reader's own strict mode: a line it cannot split is rejected, never guessed at.
        // Not the parallel reader: it refuses a whole file when null padding (short rows) meets a
        // quoted line break, which a register's notes and an .xlsx cell may well hold.
        await engine.exec(
          `INSERT INTO ${target} SELECT line${keep.map((i) => `, c${i}`).join('')} FROM read_csv('${file}',
             header = false, auto_detect = false, delim = '${delim}', quote = '"', escape = '${escape}',
             new_line = '\\n', null_padding = true, parallel = false, strict_mode = true, max_line_size = 8388608,
             store_rejects = true, rejects_table = '${rejects}', rejects_scan = '${rejects}_scans',
             columns = {${cols}})`,
        );
      } finally {
        await engine.dropFile(file);
      }
      onPart(part.length);
    }
    const unread: UnreadLine[] = framed.broken.map((b) => ({ row: b.row, rule: 'quote', detail: '', fields: splitLine(b.text, source.delimiter) }));
    if (framed.parts.length) {
      const rejected = await engine.query<{ csv_line: string; error_type: string; error_message: string }>(
        `SELECT any_value(csv_line) AS csv_line, any_value(error_type) AS error_type, any_value(error_message) AS error_message
         FROM ${rejects} GROUP BY scan_id, line`,
      );
      for (const r of rejected) {
        const { row, text } = framedLine(r.csv_line, source.delimiter);
        const fields = splitLine(text, source.delimiter);
        if (r.error_type === 'TOO MANY COLUMNS') unread.push({ row, rule: 'fields', detail: String(fields.length), fields });
        else if (r.error_type === 'UNQUOTED VALUE') unread.push({ row, rule: 'quote', detail: '', fields });
        else unread.push({ row, rule: 'line', detail: r.error_message.split('\n')[0] ?? r.error_type, fields });
      }
    }
    unread.sort((a, b) => a.row - b.row);
    const [count] = await engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${target}`);
    return { rows: count!.n, unread };
  } finally {
    await engine.exec(`DROP TABLE IF EXISTS ${rejects}; DROP TABLE IF EXISTS ${rejects}_scans`);
  }
}
