import type { SqlValue } from './types';

/**
 * The type DuckDB-WASM gives a value it binds (every number is a DOUBLE, as
 * `typeof(?)` says), or null when none is fixed (a NULL).
 */
function boundType(v: SqlValue): string | null {
  if (typeof v === 'number') return 'DOUBLE';
  if (typeof v === 'string') return 'VARCHAR';
  if (typeof v === 'boolean') return 'BOOLEAN';
  return null;
}

/**
 * The statement with each `?` made a one-row question of the type of the
 * value bound to it (`(SELECT CAST(? AS DOUBLE))` for a number), so that
 * DuckDB plans it once. DuckDB plans a prepared statement again at every run
 * when a `?` stands in a filter (to push the value into the scans) or when
 * the value bound has another type than the `?` was given where it stands
 * (JavaScript numbers are DOUBLEs; `year = ?` makes the `?` an INTEGER).
 * Written this way, a `?` is neither, and the plan is kept, which helps
 * questions with many columns over few rows, where planning costs more than
 * the run; the year tables' questions now bind their values as the columns of a
 * one-row CTE instead (`boundRow` in `src/indicators/where.ts`), which keeps
 * the plan too and lets a cross-filter keep the statement's text. Written
 * this way, each `?` costs a join when run, and the scans no longer skip on
 * the values: on the facts themselves, or with many `?`,
 * it can be slower, so callers ask for it where it was measured to help. A
 * `?` in LIMIT or OFFSET makes DuckDB plan again whatever it is written as:
 * a paged question filters on a row number instead. Each question asked
 * this way needs a test that compares its answers with counted ones: with
 * a CTE written NOT MATERIALIZED and read twice, DuckDB-WASM 1.32 answered
 * no rows at all. Placeholders inside quotes and comments are not
 * placeholders; when the count of those found differs from the values given,
 * the text is returned unchanged (the engine then reports the mismatch
 * itself).
 */
export function plannedOnce(sql: string, params: readonly SqlValue[]): string {
  const parts = textAround(sql);
  if (parts.length - 1 !== params.length) return sql;
  let out = parts[0];
  for (let n = 0; n < params.length; n++) {
    const type = boundType(params[n]);
    out += (type ? `(SELECT CAST(? AS ${type}))` : '?') + parts[n + 1];
  }
  return out;
}

/**
 * The text between a statement's placeholders, kept per statement: the views
 * ask the same statements at every change, and scanning their text again
 * would cost the page's thread at each of them.
 */
const around = new Map<string, readonly string[]>();
const AROUND_KEPT = 500;

function textAround(sql: string): readonly string[] {
  let parts = around.get(sql);
  if (parts) return parts;
  const found: string[] = [];
  let from = 0;
  let i = 0;
  while (i < sql.length) {
    const end = skipQuotedOrComment(sql, i);
    if (end > i) i = end;
    else {
      if (sql[i] === '?') {
        found.push(sql.slice(from, i));
        from = i + 1;
      }
      i++;
    }
  }
  found.push(sql.slice(from));
  parts = found;
  around.set(sql, parts);
  if (around.size > AROUND_KEPT) around.delete(around.keys().next().value as string);
  return parts;
}

/** Where a quoted text, a quoted name or a comment starting at `i` ends; `i` when none starts there. */
function skipQuotedOrComment(sql: string, i: number): number {
  const c = sql[i];
  if (c === "'" || c === '"') {
    // a doubled quote inside is the quote itself
    let j = i + 1;
    while (j < sql.length) {
      if (sql[j] === c) {
        if (sql[j + 1] === c) j += 2;
        else return j + 1;
      } else j++;
    }
    return sql.length;
  }
  if (c === '-' && sql[i + 1] === '-') {
    const j = sql.indexOf('\n', i);
    return j < 0 ? sql.length : j;
  }
  if (c === '/' && sql[i + 1] === '*') {
    const j = sql.indexOf('*/', i + 2);
    return j < 0 ? sql.length : j + 2;
  }
  return i;
}
