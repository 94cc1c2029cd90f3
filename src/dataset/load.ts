import type { Engine } from '../engine/types';
import { checkTable, createCodeAliases, type RuleError } from './checks';
import { CODES } from './codes';
import type { Col } from './messages';
import { messages, type Messages } from './messages';
import { planHeaders, type HeaderPlan } from './headers';
import { tableFromFileName, tableFromHeader } from './identify';
import { writeRejectedCsv, type RejectedRow } from './rejected';
import { ROW_RULES } from './row-rules';
import { REQUIRED_TABLES, TABLE_COLUMNS, TABLE_LABELS, TABLE_NAMES, sqlTypeOf, type ColumnSpec } from './schema';
import { csvSource, isXlsx, xlsxSource, type Source } from './sources';
import { stageSource, type UnreadLine } from './stage';
import type { DatasetResult, FileProblem, ImportProgress, InputFile, Lang, SqlType, TableName, TableResult } from './types';
import { DATE_YEARS } from './values';
import { refusedFormat } from './verdict';

/**
 * Loading a dataset in two halves. `readSources` is JavaScript only (run it in
 * a worker in the page): each file transcoded to UTF-8 in chunks, its header
 * found, its records framed. `loadSources` is the engine's: DuckDB reads the
 * framed records into staging tables, the rules run as SQL (checks.ts), the
 * good rows become the typed tables, all in a schema of its own that the
 * caller switches to only when the verdict accepts it.
 *
 * @module
 */

/** A file that cannot be read at all, with the message why (structured-clonable, unlike a closure). */
export interface UnreadableFile {
  name: string;
  size: number;
  message: string;
}

export type ReadSource = Source | UnreadableFile;

/** Reads files into sources ready for the engine: see the module comment. */
export async function readSources(files: InputFile[], lang: Lang = 'vi'): Promise<ReadSource[]> {
  const msg = messages(lang);
  const out: ReadSource[] = [];
  for (const f of files) {
    const s = refusedFormat(f) ?? (isXlsx(f) ? await xlsxSource(f) : csvSource(f));
    out.push('problem' in s ? { name: s.name, size: s.size, message: s.problem(msg) } : s);
  }
  return out;
}

/** Row ranges a notice lists before "…". */
const SHOWN_RANGES = 6;

/** Row numbers in increasing order as ranges: "1–2, 5, 9–2000, …". */
function rangesOf(rows: number[]): string {
  const ranges: [number, number][] = [];
  let more = false;
  for (const row of rows) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else if (ranges.length < SHOWN_RANGES) ranges.push([row, row]);
    else more = true;
  }
  return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ') + (more ? ', …' : '');
}

/** Columns as messages name them: «Giới tính» (sex), … */
function namedColumns(specs: readonly ColumnSpec[], lang: Lang): string {
  return specs.map((c) => `«${c[lang]}» (${c.name})`).join(', ');
}

/** The required columns of a table as messages name them. */
function requiredColumns(table: TableName, lang: Lang): string {
  return namedColumns(TABLE_COLUMNS[table].filter((c) => c.required), lang);
}

/** Why a source has no usable header: empty, or title lines but no header row; null when it has one. */
function headerProblem(s: Source, msg: Messages, lang: Lang): string | null {
  if (s.titleRows.length && !s.recognised) {
    const table = tableFromFileName(s.name);
    const cols = table && requiredColumns(table, lang);
    return msg.noHeader(s.name, s.searched, s.searchedAll, s.titleRows[0]!, s.firstTitle, cols);
  }
  return s.header ? null : msg.emptyFile(s.name);
}

export interface LoadOptions {
  lang?: Lang;
  /** Reference date for "current year" rules; default `new Date()`. */
  now?: Date;
  onProgress?: (p: ImportProgress) => void;
  /** Called when the files are in and the derived tables are being built. */
  onBuilding?: () => void;
}

/** Which source is which table, and what is wrong with the set of files as a whole. */
function assignTables(sources: ReadSource[], msg: Messages, lang: Lang) {
  const problems: FileProblem[] = [];
  const byTable = new Map<TableName, Source>();
  // Tables a file was given for by name, though it could not be read: not also reported missing.
  const given = new Set<TableName>();
  for (const s of sources) {
    const unusable = 'message' in s ? s.message : headerProblem(s, msg, lang);
    if (unusable !== null) {
      problems.push({ file: s.name, message: unusable });
      const named = tableFromFileName(s.name);
      if (named) given.add(named);
      continue;
    }
    const source = s as Source;
    const table = tableFromFileName(s.name) ?? tableFromHeader(source.header!);
    const first = table && byTable.get(table);
    if (!table) problems.push({ file: s.name, message: msg.unknownFile(s.name) });
    else if (first) problems.push({ file: s.name, message: msg.duplicateTable(s.name, table, first.name) });
    else byTable.set(table, source);
  }
  for (const t of REQUIRED_TABLES) {
    if (!byTable.has(t) && !given.has(t)) problems.push({ file: `${t}.csv`, message: msg.missingFile(`${t}.csv`, TABLE_LABELS[t][lang]) });
  }
  return { problems, byTable };
}

/**
 * Puts the sources into the engine in `schema` (which must exist): one typed
 * table per table given, empty canonical tables for the optional ones not
 * given. Returns what each file gave; the caller judges it (`datasetVerdict`).
 */
export async function loadSources(engine: Engine, schema: string, sources: ReadSource[], opts: LoadOptions = {}): Promise<DatasetResult> {
  const lang = opts.lang ?? 'vi';
  const msg = messages(lang);
  const nowYear = (opts.now ?? new Date()).getFullYear();
  const { problems, byTable } = assignTables(sources, msg, lang);
  const result: DatasetResult = { tables: {}, problems };
  const totalBytes = sources.reduce((n, s) => n + s.size, 0);
  const taken = new Set<ReadSource>(byTable.values());
  let bytesBefore = sources.filter((s) => !taken.has(s)).reduce((n, s) => n + s.size, 0);
  let unitsLoaded = false;
  let unitsFile = 'units.csv';
  await createCodeAliases(engine, schema);

  for (const table of TABLE_NAMES) {
    const source = byTable.get(table);
    const plan = source && planHeaders(source.header!, table, msg, lang);
    if (source && plan?.missingRequired.length) {
      problems.push({ file: source.name, message: msg.missingColumns(source.name, namedColumns(plan.missingRequired, lang), source.headerRow) });
    }
    if (!source || !plan || plan.missingRequired.length) {
      await createEmptyTable(engine, schema, table);
      bytesBefore += source?.size ?? 0;
      continue;
    }
    const framed = source.framed!;
    const framedBytes = framed.parts.reduce((n, p) => n + p.length, 0) || 1;
    let done = 0;
    const keep = [...new Set(plan.columns.filter((c) => c.source >= 0).map((c) => c.source))].sort((a, b) => a - b);
    const staging = `stg_${table}`;
    const staged = await stageSource(engine, schema, staging, source, keep, (bytes) => {
      done += bytes;
      const share = done / framedBytes;
      opts.onProgress?.({ file: source.name, rows: Math.round(framed.records * share), bytes: bytesBefore + Math.round(share * source.size), totalBytes });
    });
    const { errors: ruleErrors, successorWithoutEnd } = await checkTable(engine, {
      schema, table, plan, staging: `${schema}.${staging}`, fromXlsx: source.fromXlsx, nfc: source.combining, nowYear, unitsLoaded,
    });
    const rejectedRows = await rejectedFields(engine, `${schema}.${staging}`, ruleErrors, keep, source.header!.length);
    await engine.exec(`DROP TABLE ${schema}.${staging}`);
    bytesBefore += source.size;
    opts.onProgress?.({ file: source.name, rows: framed.records, bytes: bytesBefore, totalBytes });

    const [loaded] = await engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${schema}.${table}`);
    const explain = explainer(plan, msg, lang, nowYear, table === 'units' ? source.name : unitsFile);
    const rows = staged.rows + staged.unread.length;
    const rejected = mergeRejected(ruleErrors, staged.unread, rejectedRows, explain, msg, plan);
    const warnings = [...plan.warnings];
    if (source.encoding === 'windows-1258') warnings.push(msg.cp1258);
    else if (source.cp1258Lines) warnings.push(msg.cp1258Lines(source.cp1258Lines.listed, source.cp1258Lines.count));
    const blankRows = [...source.blankRows, ...framed.blankRows];
    const titleLines = source.titleRows.length;
    if (titleLines || blankRows.length) {
      const titles = titleLines ? { n: titleLines, rows: rangesOf(source.titleRows) } : null;
      warnings.unshift(msg.skippedLines(titles, blankRows.length ? { n: blankRows.length, rows: rangesOf(blankRows) } : null, source.headerRow));
    }
    if (successorWithoutEnd.length) {
      const listed = successorWithoutEnd.slice(0, 10).join(', ') + (successorWithoutEnd.length > 10 ? ', …' : '');
      warnings.push(msg.successorWithoutEnd(successorWithoutEnd.length, listed));
    }
    const sqlTypes: Record<string, SqlType> = {};
    for (const c of plan.columns) sqlTypes[c.name] = c.spec ? sqlTypeOf(c.spec.type) : 'VARCHAR';
    const tableResult: TableResult = {
      table,
      file: source.name,
      rows,
      loaded: loaded!.n,
      rejected: rows - loaded!.n,
      lines: Math.max(framed.lastRow, source.headerRow),
      headerRow: source.headerRow,
      titleLines,
      blankLines: blankRows.length,
      columns: plan.columns.map((c) => c.name),
      extraHeaders: plan.extraHeaders,
      sqlTypes,
      errors: rejected.flatMap((r) => r.errors),
      rejectedCsv: writeRejectedCsv(plan, rejected, source.fromXlsx, msg),
      droppedColumns: plan.droppedColumns,
      encoding: source.encoding,
      warnings,
    };
    result.tables[table] = tableResult;
    if (table === 'units') {
      unitsLoaded = true;
      unitsFile = source.name;
    }
  }
  return result;
}

/** An optional table not given (or a table refused): its canonical columns, no rows. */
async function createEmptyTable(engine: Engine, schema: string, table: TableName): Promise<void> {
  const cols = TABLE_COLUMNS[table].map((c) => `"${c.name}" ${sqlTypeOf(c.type)}`).join(', ');
  await engine.exec(`CREATE TABLE ${schema}.${table} (${cols})`);
}

/** The staged fields of the rows a rule rejected, by row, spread back to the file's column positions. */
async function rejectedFields(engine: Engine, staging: string, errors: RuleError[], keep: number[], width: number): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (!errors.length) return out;
  // the rejected lines are few next to the file: ask for them by a temporary table of their numbers
  const lines = [...new Set(errors.map((e) => e.line))];
  const list = `${staging}_rejected_lines`;
  await engine.exec(`CREATE TABLE ${list} (line INTEGER)`);
  try {
    for (let i = 0; i < lines.length; i += 1000) {
      const batch = lines.slice(i, i + 1000);
      await engine.query(`INSERT INTO ${list} VALUES ${batch.map(() => '(?)').join(', ')}`, batch);
    }
    const got = await engine.query<Record<string, string | number | null>>(
      `SELECT s.* FROM ${staging} s JOIN ${list} l ON l.line = s.line ORDER BY s.line`,
    );
    for (const r of got) {
      const fields = new Array<string>(width).fill('');
      for (const i of keep) fields[i] = (r[`c${i}`] as string | null) ?? '';
      out.set(r.line as number, fields);
    }
  } finally {
    await engine.exec(`DROP TABLE IF EXISTS ${list}`);
  }
  return out;
}

/** Rule errors and unread lines as rejected rows with their messages, in row order. */
function mergeRejected(
  errors: RuleError[], unread: UnreadLine[], fields: Map<number, string[]>, explain: (e: RuleError) => string, msg: Messages, plan: HeaderPlan,
): RejectedRow[] {
  const width = plan.header.length;
  // a row's errors in the order of its columns, as the file has them
  const position = new Map(plan.columns.map((c, i) => [c.name, i]));
  errors = [...errors].sort((a, b) => a.line - b.line || (position.get(a.col) ?? 0) - (position.get(b.col) ?? 0));
  const byRow = new Map<number, RejectedRow>();
  const rowOf = (row: number, f: string[]) => {
    let r = byRow.get(row);
    if (!r) byRow.set(row, (r = { row, fields: f, errors: [] }));
    return r;
  };
  // A row that could not be split into its columns may have a person's name or number in any
  // cell: when the file has identifying columns, the rejected-rows file gets none of its cells.
  const withhold = plan.identifying.size > 0 || plan.birthDateSource >= 0;
  for (const u of unread) {
    const message = u.rule === 'fields' ? msg.fields(Number(u.detail), width) : u.rule === 'quote' ? msg.brokenQuote : msg.badLine(u.detail);
    const r = rowOf(u.row, withhold ? [] : u.fields);
    r.errors.push({ row: u.row, column: '', rule: u.rule, message });
    if (withhold) r.withheld = true;
  }
  for (const e of errors) rowOf(e.line, fields.get(e.line) ?? []).errors.push({ row: e.line, column: e.col, rule: e.rule, message: explain(e) });
  return [...byRow.values()].sort((a, b) => a.row - b.row);
}

/** Words each rule error in the user's language, as the column names it. */
function explainer(plan: HeaderPlan, msg: Messages, lang: Lang, nowYear: number, unitsFile: string): (e: RuleError) => string {
  const cols = new Map(plan.columns.map((c) => {
    const label = c.fromBirthDate ? (plan.header[c.source] ?? '') : c.spec ? c.spec[lang] : c.name;
    return [c.name, { col: { label, name: c.name } as Col, c }];
  }));
  return (e) => {
    const { col, c } = cols.get(e.col) ?? { col: { label: e.col, name: e.col }, c: undefined };
    const spec = c?.spec;
    const v = e.value ?? '';
    switch (e.rule) {
      case 'required':
        return msg.required(col);
      case 'date':
        return e.detail === 'serial' ? msg.serialDate(col, v) : msg.date(col, v);
      case 'range': {
        if (e.detail === 'year') return msg.dateYears(col, v, DATE_YEARS.min, DATE_YEARS.max);
        const max = c?.fromBirthDate ? nowYear : spec?.max === 'now' ? nowYear : spec?.max;
        return msg.range(col, v, c?.fromBirthDate ? 1900 : spec?.min, max);
      }
      case 'integer':
        return msg.integer(col, v);
      case 'code':
        return msg.code(col, v, spec?.codes ? CODES[spec.codes].map((x) => `${x.code} (${x[lang]})`).join(', ') : '');
      case 'boolean':
        return msg.boolean(col, v);
      case 'order':
      case 'requires': {
        const rule = ROW_RULES[plan.table].find((r) => r.kind === e.rule && r.column === e.col)!;
        const other = cols.get(rule.other)!;
        if (e.rule === 'requires') return msg.requires(col, v, other.col);
        return msg.order(col, v, other.col, e.detail ?? '', other.c.spec?.type !== 'integer');
      }
      case 'unique':
        return msg.unique(col, v, Number(e.detail));
      case 'reference':
        return e.detail === 'rejected' ? msg.referenceRejected(col, v) : msg.reference(col, v, unitsFile);
      case 'chi_bo':
        return msg.chiBo(col, v);
      case 'cycle':
        return msg.cycle(col, e.detail ?? '');
      default:
        return `${col.label}: ${e.rule}`;
    }
  };
}

