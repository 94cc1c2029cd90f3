import { messages, type Messages } from './messages';
import { planHeaders } from './headers';
import { isBlankRow } from './header-row';
import { tableFromFileName, tableFromHeader } from './identify';
import { REQUIRED_TABLES, TABLE_COLUMNS, TABLE_LABELS, TABLE_NAMES } from './schema';
import { csvSource, isXlsx, xlsxSource, type Source, type Unreadable } from './sources';
import type { DatasetResult, FileProblem, ImportOptions, InputFile, Lang, TableName } from './types';
import { TableLoader } from './validate';
import { refusedFormat } from './verdict';

const PROGRESS_EVERY = 50_000;

/** Row ranges a notice lists before "…". */
const SHOWN_RANGES = 6;

/**
 * Row numbers added in increasing order, kept as ranges ("3, 9–10, 15–2000")
 * and counted: a file ending in a million blank lines costs one range.
 */
class RowRanges {
  count = 0;
  private readonly ranges: [number, number][] = [];
  private more = false;

  add(row: number): void {
    this.count++;
    const last = this.ranges[this.ranges.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else if (this.ranges.length < SHOWN_RANGES) this.ranges.push([row, row]);
    else this.more = true;
  }

  toString(): string {
    const list = this.ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
    return list.join(', ') + (this.more ? ', …' : '');
  }
}

/** Row numbers in increasing order as ranges: "1–2, 5". */
function rangesOf(rows: number[]): string {
  const r = new RowRanges();
  for (const n of rows) r.add(n);
  return String(r);
}

/** The required columns of a table as messages name them. */
function requiredColumns(table: TableName, lang: Lang): string {
  return TABLE_COLUMNS[table].filter((c) => c.required).map((c) => `«${c[lang]}» (${c.name})`).join(', ');
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

/**
 * Imports a dataset from its files (CSV in UTF-8, UTF-16 or Windows-1258, or
 * UTF-8 with some Windows-1258 lines, delimited by `,` `;` or tab).
 * Synchronous: run it in a worker. `.xlsx` files need `importDatasetAsync`;
 * here they are reported as problems.
 */
export function importDataset(files: InputFile[], opts: ImportOptions = {}): DatasetResult {
  return importSources(files.map((f) => refusedFormat(f) ?? csvSource(f)), opts);
}

/** `importDataset`, also reading `.xlsx` files (first sheet). */
export async function importDatasetAsync(files: InputFile[], opts: ImportOptions = {}): Promise<DatasetResult> {
  const sources = await Promise.all(files.map((f) => refusedFormat(f) ?? (isXlsx(f) ? xlsxSource(f) : csvSource(f))));
  return importSources(sources, opts);
}

function importSources(sources: (Source | Unreadable)[], opts: ImportOptions): DatasetResult {
  const lang = opts.lang ?? 'vi';
  const msg = messages(lang);
  const nowYear = (opts.now ?? new Date()).getFullYear();
  const problems: FileProblem[] = [];
  const byTable = new Map<TableName, Source>();

  // Tables a file was given for by name, though it could not be read: not also reported missing.
  const given = new Set<TableName>();
  for (const s of sources) {
    const unusable = 'problem' in s ? s.problem(msg) : headerProblem(s, msg, lang);
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

  const totalBytes = sources.reduce((n, s) => n + s.size, 0);
  const taken = new Set<Source | Unreadable>(byTable.values());
  let bytesBefore = sources.filter((s) => !taken.has(s)).reduce((n, s) => n + s.size, 0);
  const result: DatasetResult = { tables: {}, problems };
  let units: Map<string, string> | undefined;
  let unitsFile: string | undefined;

  for (const table of TABLE_NAMES) {
    const source = byTable.get(table);
    if (!source) continue;
    const plan = planHeaders(source.header!, table, msg, lang);
    if (plan.missingRequired.length) {
      const cols = plan.missingRequired.map((c) => `«${c[lang]}» (${c.name})`).join(', ');
      problems.push({ file: source.name, message: msg.missingColumns(source.name, cols, source.headerRow) });
      bytesBefore += source.size;
      continue;
    }
    const loader = new TableLoader(table, plan, {
      file: source.name, lang, nowYear, fromXlsx: source.fromXlsx, encoding: source.encoding, units, unitsFile,
    });
    let next = PROGRESS_EVERY;
    const report = (done: number) => {
      const bytes = bytesBefore + Math.round(done * source.size);
      opts.onProgress?.({ file: source.name, rows: loader.rowsRead, bytes, totalBytes });
    };
    const blanks = new RowRanges();
    for (const r of source.blankRows) blanks.add(r);
    let lines = source.headerRow;
    const unclosed = source.records((fields, row, done) => {
      lines = row;
      if (isBlankRow(fields)) return blanks.add(row);
      loader.add(fields, row);
      if (loader.rowsRead >= next) {
        next += PROGRESS_EVERY;
        report(done);
      }
    });
    report(1);
    bytesBefore += source.size;
    const warnings = unclosed.map((r) => msg.unclosedQuote(r));
    if (source.encoding === 'windows-1258') warnings.unshift(msg.cp1258);
    else if (source.cp1258Lines) warnings.unshift(msg.cp1258Lines(source.cp1258Lines.listed, source.cp1258Lines.count));
    const titleLines = source.titleRows.length;
    const loaded = loader.finish(warnings);
    if (titleLines || blanks.count) {
      const titles = titleLines ? { n: titleLines, rows: rangesOf(source.titleRows) } : null;
      loaded.warnings.unshift(msg.skippedLines(titles, blanks.count ? { n: blanks.count, rows: String(blanks) } : null, source.headerRow));
    }
    result.tables[table] = {
      ...loaded, extraHeaders: plan.extraHeaders, lines, headerRow: source.headerRow, titleLines, blankLines: blanks.count,
    };
    if (table === 'units') {
      units = loader.unitKinds();
      unitsFile = source.name;
    }
  }
  return result;
}
