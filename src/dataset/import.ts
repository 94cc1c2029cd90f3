import { messages } from './messages';
import { planHeaders } from './headers';
import { tableFromFileName, tableFromHeader } from './identify';
import { REQUIRED_TABLES, TABLE_LABELS, TABLE_NAMES } from './schema';
import { csvSource, isXlsx, xlsxSource, type Source, type Unreadable } from './sources';
import type { DatasetResult, FileProblem, ImportOptions, InputFile, TableName } from './types';
import { TableLoader } from './validate';

const PROGRESS_EVERY = 50_000;

/**
 * Imports a dataset from its files (CSV in UTF-8, UTF-16 or Windows-1258,
 * delimited by `,` `;` or tab). Synchronous: run it in a worker. `.xlsx`
 * files need `importDatasetAsync`; here they are reported as problems.
 */
export function importDataset(files: InputFile[], opts: ImportOptions = {}): DatasetResult {
  return importSources(files.map(csvSource), opts);
}

/** `importDataset`, also reading `.xlsx` files (first sheet). */
export async function importDatasetAsync(files: InputFile[], opts: ImportOptions = {}): Promise<DatasetResult> {
  const sources = await Promise.all(files.map((f) => (isXlsx(f) ? xlsxSource(f) : csvSource(f))));
  return importSources(sources, opts);
}

function importSources(sources: (Source | Unreadable)[], opts: ImportOptions): DatasetResult {
  const lang = opts.lang ?? 'vi';
  const msg = messages(lang);
  const nowYear = (opts.now ?? new Date()).getFullYear();
  const problems: FileProblem[] = [];
  const byTable = new Map<TableName, Source>();

  for (const s of sources) {
    if ('problem' in s) {
      problems.push({ file: s.name, message: s.problem(msg) });
      continue;
    }
    if (!s.header) {
      problems.push({ file: s.name, message: msg.emptyFile(s.name) });
      continue;
    }
    const table = tableFromFileName(s.name) ?? tableFromHeader(s.header);
    const first = table && byTable.get(table);
    if (!table) problems.push({ file: s.name, message: msg.unknownFile(s.name) });
    else if (first) problems.push({ file: s.name, message: msg.duplicateTable(s.name, table, first.name) });
    else byTable.set(table, s);
  }
  for (const t of REQUIRED_TABLES) {
    if (!byTable.has(t)) problems.push({ file: `${t}.csv`, message: msg.missingFile(`${t}.csv`, TABLE_LABELS[t][lang]) });
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
      problems.push({ file: source.name, message: msg.missingColumns(source.name, cols) });
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
    const unclosed = source.records((fields, row, done) => {
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
    result.tables[table] = { ...loader.finish(warnings), extraHeaders: plan.extraHeaders };
    if (table === 'units') {
      units = loader.unitKinds();
      unitsFile = source.name;
    }
  }
  return result;
}
