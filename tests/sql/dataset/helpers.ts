import { afterAll } from 'vitest';
import { CSV_EOL, csvRecord } from '../../../src/dataset/csv-write';
import { loadSources, readSources, type LoadOptions } from '../../../src/dataset/load';
import type { DatasetResult, InputFile, SqlType, TableName, TableResult } from '../../../src/dataset/types';
import { createNodeEngine } from '../../../src/engine/node';
import type { Engine } from '../../../src/engine/types';
import { utf8 } from '../../unit/dataset/bytes';

export { cp1258, utf16, utf8 } from '../../unit/dataset/bytes';

/** A small, valid dataset: a province, a commune committee and two cells. */
export const UNITS = [
  'unit_id,parent_id,name,kind,type',
  'T,,Tỉnh A,dang_bo,',
  'X1,T,Đảng bộ xã 1,dang_bo,',
  'C1,X1,Chi bộ thôn 1,chi_bo,thon_to_dan_pho',
  'C2,X1,Chi bộ trường,chi_bo,truong_hoc',
].join('\n');
export const MEMBERS = 'member_id,unit_id,admitted_on\nM1,C1,2005-03-02\n';
export const ADMISSIONS = 'admission_id,unit_id,admitted_on\nA1,C1,2024-05-19\n';

/** Fixed "today" so birth-year bounds do not move. */
export const NOW = new Date('2025-06-01T12:00:00Z');

/** The default dataset with some files replaced (by name), added, or removed (null). */
export function files(over: Record<string, string | Uint8Array | null> = {}): InputFile[] {
  const all: Record<string, string | Uint8Array | null> = {
    'units.csv': UNITS,
    'members.csv': MEMBERS,
    'admissions.csv': ADMISSIONS,
    ...over,
  };
  return Object.entries(all)
    .filter((e): e is [string, string | Uint8Array] => e[1] !== null)
    .map(([name, content]) => ({ name, bytes: typeof content === 'string' ? utf8(content) : content }));
}

/** A table's result with its typed table's rows written out as the tests read them. */
export type LoadedTable = TableResult & {
  /**
   * The typed table `<schema>.<table>` as CSV, in file order: a header line
   * of `columns`, RFC 4180 records, dates `yyyy-mm-dd`, booleans
   * `true`/`false`, NULL empty, CRLF after every line.
   */
  csv: string;
};

/** What a load gave, and the schema its typed tables are in (kept until the file's tests end). */
export type Loaded = Omit<DatasetResult, 'tables'> & {
  tables: Partial<Record<TableName, LoadedTable>>;
  schema: string;
};

let shared: Promise<Engine> | null = null;
let schemas = 0;

/** The one Node engine of a test file, started on first use and closed after its tests. */
export function engine(): Promise<Engine> {
  return (shared ??= createNodeEngine());
}

afterAll(async () => {
  if (shared) await (await shared).close();
  shared = null;
});

/** A new schema in the shared engine, for one load. */
export async function newSchema(): Promise<{ engine: Engine; schema: string }> {
  const e = await engine();
  const schema = `t${++schemas}`;
  await e.exec(`CREATE SCHEMA ${schema}`);
  return { engine: e, schema };
}

/** A typed column as the old CSV wrote it. */
function asText(name: string, type: SqlType | undefined): string {
  const c = `"${name}"`;
  if (type === 'DATE') return `strftime(${c}, '%Y-%m-%d')`;
  if (type === 'BOOLEAN') return `CASE WHEN ${c} THEN 'true' WHEN NOT ${c} THEN 'false' END`;
  return `CAST(${c} AS VARCHAR)`;
}

/** The rows of `<schema>.<table>` as CSV (see `LoadedTable.csv`). */
export async function tableCsv(e: Engine, schema: string, t: TableResult): Promise<string> {
  if (!t.columns.every((c) => /^[a-z_][a-z0-9_]*$/.test(c))) throw new Error(`unexpected column name in ${t.columns.join(', ')}`);
  const select = t.columns.map((c, i) => `${asText(c, t.sqlTypes[c])} AS v${i}`).join(', ');
  const rows = await e.query<Record<string, string | null>>(`SELECT ${select} FROM ${schema}.${t.table}`);
  const lines = [csvRecord(t.columns), ...rows.map((r) => csvRecord(t.columns.map((_, i) => r[`v${i}`] ?? '')))];
  return lines.join(CSV_EOL) + CSV_EOL;
}

/** Reads and loads files into a new schema of the shared engine, as the page does, without judging them. */
export async function loadFiles(input: InputFile[], opts: LoadOptions = {}): Promise<Loaded> {
  const { engine: e, schema } = await newSchema();
  const ds = await loadSources(e, schema, await readSources(input, opts.lang ?? 'vi'), { now: NOW, ...opts });
  const tables: Loaded['tables'] = {};
  for (const [name, t] of Object.entries(ds.tables) as [TableName, TableResult][]) tables[name] = { ...t, csv: await tableCsv(e, schema, t) };
  return { ...ds, tables, schema };
}

/** Loads the default dataset with some files replaced. */
export function load(over: Record<string, string | Uint8Array | null> = {}, opts: LoadOptions = {}): Promise<Loaded> {
  return loadFiles(files(over), opts);
}

/** The data lines of a result CSV (header and trailing line break removed). */
export function dataLines(csv: string): string[] {
  return csv.split('\r\n').slice(1, -1);
}
