import type { Engine } from '../engine/types';
import { BOOLEAN_KEYS, CODE_KEYS } from './code-aliases';
import { csvRecord } from './csv-write';
import type { HeaderPlan, OutputColumn } from './headers';
import { ROW_RULES } from './row-rules';
import { ID_COLUMN, sqlTypeOf } from './schema';
import type { TableName } from './types';
import { DATE_YEARS } from './values';

/**
 * The rules of the dataset contract as SQL over a staging table (see
 * `stage.ts`): each broken rule is a row `(line, col, rule, value, detail)`
 * in `<schema>.err_<table>`, and the good rows become the typed table
 * `<schema>.<table>`. Values are checked once per distinct value (a register
 * repeats a few values many times): a dictionary per column maps each raw
 * text to its normalised value or to the rule it breaks.
 *
 * What `detail` holds, by rule: 'date' / 'range' the hint ('serial', 'year');
 * 'unique' the first row; 'order' the other column's raw value; 'cycle' the
 * loop as "A → B → A"; 'reference' 'rejected' when the unit is in the file
 * but rejected.
 *
 * @module
 */

/** One broken rule, as the checks give it. */
export interface RuleError {
  line: number;
  col: string;
  rule: string;
  value: string | null;
  detail: string | null;
}

/** `foldKey` (text.ts) in SQL: lower case, no diacritics, đ → d, runs of other characters as one `_`. */
export function foldSql(x: string): string {
  return `trim(regexp_replace(replace(strip_accents(lower(${x})), 'đ', 'd'), '[^a-z0-9]+', '_', 'g'), '_')`;
}

/** The alias table of every code list (and of yes/no values, as list `_boolean`), from the same maps JavaScript uses. */
export async function createCodeAliases(engine: Engine, schema: string): Promise<void> {
  const lines = ['list,key,code'];
  for (const [list, keys] of Object.entries(CODE_KEYS)) for (const [k, code] of keys) lines.push(csvRecord([list, k, code]));
  for (const [k, b] of BOOLEAN_KEYS) lines.push(csvRecord(['_boolean', k, String(b)]));
  const file = `${schema}_code_alias.csv`;
  await engine.registerFile(file, new TextEncoder().encode(lines.join('\n')));
  try {
    await engine.exec(
      `CREATE TABLE ${schema}.code_alias AS SELECT * FROM read_csv('${file}', header = true, auto_detect = false, delim = ',',
         quote = '"', escape = '"', columns = {'list': 'VARCHAR', 'key': 'VARCHAR', 'code': 'VARCHAR'})`,
    );
  } finally {
    await engine.dropFile(file);
  }
}

/** Characters trimmed from both ends of a value besides spaces: tab, line ends, no-break space, BOM, zero-width space. */
const EDGES = `' ' || chr(9) || chr(10) || chr(13) || chr(160) || chr(65279) || chr(8203)`;

/**
 * A value trimmed as JavaScript's `trim` would, empty as NULL. The trim with
 * a list of characters is slow in DuckDB, so it runs only on values that
 * start or end with one of them.
 */
function fullTrim(c: string): string {
  return `nullif(CASE WHEN regexp_matches(${c}, '^[\\s\\x{A0}\\x{FEFF}\\x{200B}]|[\\s\\x{A0}\\x{FEFF}\\x{200B}]$') THEN trim(${c}, ${EDGES}) ELSE ${c} END, '')`;
}

const IDENT = /^[a-z_][a-z0-9_]*$/;
function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`Tên cột không hợp lệ: ${name}`);
  return `"${name}"`;
}

/** How a column's dictionary maps a distinct raw value `raw` to (v, rule, hint). */
function dictionarySelect(c: OutputColumn, fromXlsx: boolean, nowYear: number, schema: string): { sql: string; params: (string | number | null)[] } | null {
  const spec = c.spec;
  if (!spec || spec.type === 'text') return null;
  if (spec.type === 'code' || spec.type === 'boolean') {
    const list = spec.type === 'boolean' ? '_boolean' : spec.codes!;
    return {
      sql: `SELECT d.raw, a.code AS v, CASE WHEN a.code IS NULL THEN '${spec.type}' END AS rule, NULL AS hint
            FROM raws d LEFT JOIN ${schema}.code_alias a ON a.list = ? AND a.key = ${foldSql('d.raw')}`,
      params: [list],
    };
  }
  if (spec.type === 'date') return { sql: dateSelect(fromXlsx, 'raws'), params: [] };
  // integer, or a birth year read from a full birth date
  const max = spec.max === 'now' ? nowYear : (spec.max ?? null);
  const min = spec.min ?? null;
  const source = c.fromBirthDate
    ? `SELECT raw, CASE WHEN regexp_full_match(raw, '[0-9]{4}') THEN raw
                         WHEN dt IS NOT NULL THEN CAST(year(dt) AS VARCHAR)
                         WHEN rule = 'range' THEN '0' END AS txt, CASE WHEN rule = 'date' THEN 'date' END AS pre
       FROM (${dateSelect(fromXlsx, 'raws')}) dd`
    : `SELECT raw, raw AS txt, NULL AS pre FROM raws`;
  return {
    sql: `SELECT raw, CASE WHEN rule IS NULL THEN n::INTEGER END AS v, rule, NULL AS hint FROM (
            SELECT raw, n, CASE WHEN pre IS NOT NULL THEN pre
                                WHEN n IS NULL OR n NOT BETWEEN -2147483648 AND 2147483647 THEN 'integer'
                                WHEN n < coalesce(CAST(? AS BIGINT), n) OR n > coalesce(CAST(? AS BIGINT), n) THEN 'range' END AS rule
            FROM (SELECT raw, pre, CASE WHEN regexp_full_match(txt, '[+-]?[0-9]{1,10}(\\.0+)?')
                                        THEN TRY_CAST(regexp_extract(txt, '^[+-]?[0-9]+') AS BIGINT) END AS n
                  FROM (${source}) s) p) q`,
    params: c.fromBirthDate ? [1900, max ?? 9999] : [min, max],
  };
}

/**
 * `parseDate` (values.ts) in SQL over the distinct values of `raws(raw)`:
 * `yyyy-mm-dd`, or day first with `/`, `.` or `-`; a bare number is an
 * Excel serial, read only from `.xlsx`. Gives (raw, v DATE, rule, hint).
 */
function dateSelect(fromXlsx: boolean, from: string): string {
  const serial = fromXlsx
    ? `WHEN regexp_full_match(raw, '[0-9]{1,6}') AND raw::INTEGER >= 1 AND raw::INTEGER <> 60
         THEN DATE '1899-12-30' + CAST(raw::INTEGER + CASE WHEN raw::INTEGER < 60 THEN 1 ELSE 0 END AS INTEGER)`
    : '';
  return `SELECT raw, v AS dt, v, CASE WHEN v IS NOT NULL AND year(v) NOT BETWEEN ${DATE_YEARS.min} AND ${DATE_YEARS.max} THEN 'range'
                         WHEN v IS NULL THEN 'date' END AS rule,
                    CASE WHEN v IS NOT NULL AND year(v) NOT BETWEEN ${DATE_YEARS.min} AND ${DATE_YEARS.max} THEN 'year'
                         WHEN v IS NULL AND ${fromXlsx ? 'false' : `regexp_full_match(raw, '[0-9]{1,6}(\\.[0-9]+)?')`} THEN 'serial' END AS hint
    FROM (SELECT raw, CASE WHEN y IS NOT NULL AND y >= 1 AND m BETWEEN 1 AND 12 AND d >= 1
                           THEN CASE WHEN d <= day(last_day(make_date(y, m, 1))) THEN make_date(y, m, d) END
                           ${serial} END AS v
          FROM (SELECT raw,
                  CASE WHEN iso.y <> '' THEN iso.y::INTEGER WHEN dmy.y <> '' AND dmy.s1 = dmy.s2 THEN dmy.y::INTEGER END AS y,
                  CASE WHEN iso.y <> '' THEN iso.m::INTEGER WHEN dmy.y <> '' AND dmy.s1 = dmy.s2 THEN dmy.m::INTEGER END AS m,
                  CASE WHEN iso.y <> '' THEN iso.d::INTEGER WHEN dmy.y <> '' AND dmy.s1 = dmy.s2 THEN dmy.d::INTEGER END AS d
                FROM (SELECT raw,
                        regexp_extract(raw, '^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$', ['y', 'm', 'd']) AS iso,
                        regexp_extract(raw, '^([0-9]{1,2})([/.-])([0-9]{1,2})([/.-])([0-9]{4})$', ['d', 's1', 'm', 's2', 'y']) AS dmy
                      FROM ${from}) p) q) r`;
}

export interface CheckInput {
  schema: string;
  table: TableName;
  plan: HeaderPlan;
  /** The staging table (see `stage.ts`). */
  staging: string;
  fromXlsx: boolean;
  nowYear: number;
  /** Whether the file has combining marks, so that free text must be NFC-normalised. */
  nfc: boolean;
  /** Whether `<schema>.units` holds the loaded units, so references can be checked. */
  unitsLoaded: boolean;
}

/**
 * Checks a staged table and writes its typed table; returns the errors in
 * row order. Temporary tables are dropped before it returns.
 */
export async function checkTable(engine: Engine, input: CheckInput): Promise<{ errors: RuleError[]; successorWithoutEnd: number[] }> {
  const { schema, table, plan, staging } = input;
  const cols = plan.columns;
  const chk = `${schema}.chk_${table}`;
  const err = `${schema}.err_${table}`;
  const temps: string[] = [chk, err];
  const idx = (name: string) => cols.findIndex((c) => c.name === name);
  try {
    // 1. each column's raw text: the staging keeps the file's text as is; free text is trimmed
    // here (NFC-normalised when the file has combining marks), typed values in the dictionary
    const src = (c: OutputColumn) => `s.c${c.source}`;
    const freeText = (c: OutputColumn) => {
      const v = fullTrim(src(c));
      return input.nfc ? `nfc_normalize(${v})` : v;
    };

    // 2. one dictionary for the typed columns: each distinct text of column k once (`orig`), trimmed
    // (`raw`, NULL when blank), its value as text and the rule it breaks
    const typedCols: number[] = [];
    const dictParts: string[] = [];
    const dictParams: (string | number | null)[] = [];
    cols.forEach((c, k) => {
      const sel = c.source < 0 ? null : dictionarySelect(c, input.fromXlsx, input.nowYear, schema);
      if (!sel) return;
      typedCols.push(k);
      dictParts.push(`SELECT * FROM (
          WITH d AS (SELECT DISTINCT ${src(c)} AS orig FROM ${staging} s WHERE ${src(c)} IS NOT NULL),
               o AS (SELECT orig, ${fullTrim('orig')} AS raw FROM d),
               raws AS (SELECT DISTINCT raw FROM o WHERE raw IS NOT NULL)
          SELECT ${k} AS k, o.orig, o.raw, CAST(x.v AS VARCHAR) AS v, x.rule, x.hint FROM o LEFT JOIN (${sel.sql}) x ON x.raw = o.raw) d${k}`);
      dictParams.push(...sel.params);
    });
    const dict = `${schema}.dict_${table}`;
    temps.push(dict);
    if (dictParts.length) await engine.query(`CREATE TABLE ${dict} AS ${dictParts.join(' UNION ALL ')}`, dictParams);
    const typed = new Set(typedCols);

    // 3. the rows with their values: v<k> the value (NULL when missing or invalid), m<k> whether a
    // typed value is missing (blank)
    const select = cols.map((c, k) => {
      const type = c.spec ? sqlTypeOf(c.spec.type) : 'VARCHAR';
      if (typed.has(k)) return `CAST(d${k}.v AS ${type}) AS v${k}, d${k}.raw IS NULL AS m${k}`;
      // a column the file does not have is NULL of its type: an order rule compares dates with dates
      return c.source < 0 ? `NULL::${type} AS v${k}` : `CAST(${freeText(c)} AS ${type}) AS v${k}`;
    });
    const joins = cols.map((c, k) => (typed.has(k) ? ` LEFT JOIN ${dict} d${k} ON d${k}.k = ${k} AND d${k}.orig = ${src(c)}` : '')).join('');
    await engine.exec(`CREATE TABLE ${chk} AS SELECT s.line, ${select.join(', ')} FROM ${staging} s${joins}`);
    const missing = (k: number, t = '') => (typed.has(k) ? `${t}m${k}` : `${t}v${k} IS NULL`);
    // a value's text as the user wrote it (trimmed), for the messages of the few rows that break a rule
    const rawText = (k: number) => (cols[k]!.source < 0 ? 'NULL' : typed.has(k) ? fullTrim(`s.c${cols[k]!.source}`) : `CAST(c.v${k} AS VARCHAR)`);

    // 4. every broken rule
    const parts: string[] = [];
    cols.forEach((c, k) => {
      if (c.spec?.required) parts.push(`SELECT line, '${c.name}' AS col, 'required' AS rule, NULL AS value, NULL AS detail FROM ${chk} WHERE ${missing(k)}`);
      if (typed.has(k)) {
        parts.push(`SELECT s.line, '${c.name}', d.rule, d.raw, d.hint FROM ${staging} s
                    JOIN (SELECT * FROM ${dict} WHERE k = ${k} AND rule IS NOT NULL) d ON d.orig = ${src(c)}`);
      }
    });
    for (const rule of ROW_RULES[table]) {
      const a = idx(rule.column);
      const b = idx(rule.other);
      if (a < 0 || b < 0) continue;
      const where = rule.kind === 'order' ? `c.v${a} < c.v${b}` : `NOT (${missing(a, 'c.')}) AND ${missing(b, 'c.')}`;
      parts.push(`SELECT c.line, '${rule.column}', '${rule.kind}', ${rawText(a)}, ${rule.kind === 'order' ? rawText(b) : 'NULL'}
                  FROM ${chk} c JOIN ${staging} s ON s.line = c.line WHERE ${where}`);
    }
    const id = ID_COLUMN[table];
    const i = id ? idx(id) : -1;
    if (i >= 0) {
      parts.push(`SELECT line, '${id}', 'unique', v${i}, CAST(first AS VARCHAR) FROM (
                    SELECT line, v${i}, min(line) OVER (PARTITION BY v${i}) AS first FROM ${chk} WHERE v${i} IS NOT NULL) WHERE line > first`);
    }
    const u = table === 'units' ? -1 : idx('unit_id');
    if (u >= 0 && input.unitsLoaded) {
      parts.push(`SELECT line, 'unit_id', 'reference', v${u}, NULL FROM ${chk} c
                  WHERE v${u} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${schema}.units x WHERE x.unit_id = c.v${u})`);
      if (table === 'admissions') {
        parts.push(`SELECT line, 'unit_id', 'chi_bo', v${u}, NULL FROM ${chk} c JOIN ${schema}.units x ON x.unit_id = c.v${u} WHERE x.kind <> 'chi_bo'`);
      }
    }
    await engine.exec(`CREATE TABLE ${err} AS ${parts.length ? parts.join(' UNION ALL ') : 'SELECT NULL::INTEGER AS line, NULL::VARCHAR AS col, NULL::VARCHAR AS rule, NULL::VARCHAR AS value, NULL::VARCHAR AS detail WHERE false'}`);
    if (table === 'units') await checkUnitTree(engine, chk, err, { id: idx('unit_id'), parent: idx('parent_id'), successor: idx('successor_id') });

    // 5. the typed table: the rows that broke no rule, in file order
    const out = cols.map((c, k) => `v${k} AS ${ident(c.name)}`);
    await engine.exec(
      `CREATE TABLE ${schema}.${table} AS SELECT ${out.join(', ')} FROM ${chk} c
       WHERE NOT EXISTS (SELECT 1 FROM ${err} e WHERE e.line = c.line) ORDER BY c.line`,
    );
    const errors = await engine.query<RuleError & Record<string, unknown>>(`SELECT line, col, rule, value, detail FROM ${err} ORDER BY line`);
    let successorWithoutEnd: number[] = [];
    if (table === 'units') {
      const rows = await engine.query<{ line: number }>(
        `SELECT line FROM ${chk} c WHERE v${idx('successor_id')} IS NOT NULL AND v${idx('active_to')} IS NULL
           AND NOT EXISTS (SELECT 1 FROM ${err} e WHERE e.line = c.line) ORDER BY line`,
      );
      successorWithoutEnd = rows.map((r) => r.line);
    }
    return { errors, successorWithoutEnd };
  } finally {
    for (const t of temps) await engine.exec(`DROP TABLE IF EXISTS ${t}`);
  }
}

/**
 * The unit tree's rules: a parent or successor must be a unit that loads;
 * parents must not loop; a unit whose parent or successor is rejected is
 * rejected too, so what loads is a consistent tree. Adds to `err`.
 */
async function checkUnitTree(engine: Engine, chk: string, err: string, at: { id: number; parent: number; successor: number }) {
  const { id, parent, successor } = at;
  // units that passed their own checks
  const ok = `(SELECT v${id} AS id, v${parent} AS parent, v${successor} AS successor, line FROM ${chk} c
               WHERE NOT EXISTS (SELECT 1 FROM ${err} e WHERE e.line = c.line))`;
  const inFile = `(SELECT DISTINCT v${id} AS id FROM ${chk} WHERE v${id} IS NOT NULL)`;
  await engine.exec(
    `INSERT INTO ${err}
     WITH RECURSIVE ok AS ${ok},
     missing AS (
       SELECT o.line, o.id, 'parent_id' AS col, o.parent AS value FROM ok o WHERE o.parent IS NOT NULL AND o.parent NOT IN (SELECT id FROM ok)
       UNION ALL
       SELECT o.line, o.id, 'successor_id', o.successor FROM ok o WHERE o.successor IS NOT NULL AND o.successor NOT IN (SELECT id FROM ok)),
     walk(start, cur, path) AS (
       SELECT id, parent, [id] FROM ok WHERE parent IS NOT NULL
       UNION ALL
       SELECT w.start, o.parent, list_append(w.path, w.cur) FROM walk w JOIN ok o ON o.id = w.cur
       WHERE w.cur <> w.start AND NOT list_contains(w.path, w.cur) AND o.parent IS NOT NULL),
     loops AS (SELECT o.line, o.id, o.parent, w.path FROM walk w JOIN ok o ON o.id = w.start WHERE w.cur = w.start),
     -- each unit on a loop names the same loop, written from its unit that comes first in the file
     cycle AS (SELECT line, id, parent, array_to_string(list_append(list_concat(path[k:], path[:k - 1]), path[k]), ' → ') AS path
               FROM (SELECT l.*, list_position(l.path, (SELECT arg_min(x.id, x.line) FROM ok x WHERE list_contains(l.path, x.id))) AS k
                     FROM loops l) r),
     bad0 AS (SELECT id FROM missing UNION SELECT id FROM cycle),
     spread(id, col, value) AS (
       SELECT o.id, CASE WHEN o.parent = b.id THEN 'parent_id' ELSE 'successor_id' END, b.id
       FROM ok o JOIN bad0 b ON o.parent = b.id OR o.successor = b.id
       UNION
       SELECT o.id, CASE WHEN o.parent = s.id THEN 'parent_id' ELSE 'successor_id' END, s.id
       FROM ok o JOIN spread s ON o.parent = s.id OR o.successor = s.id)
     SELECT line, col, 'reference', value, CASE WHEN value IN (SELECT id FROM ${inFile}) THEN 'rejected' END FROM missing
     UNION ALL SELECT line, 'parent_id', 'cycle', parent, path FROM cycle
     UNION ALL SELECT o.line, s.col, 'reference', s.value, 'rejected' FROM spread s JOIN ok o ON o.id = s.id
       WHERE s.id NOT IN (SELECT id FROM bad0)`,
  );
}
