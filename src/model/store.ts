import { csvRecord } from '../dataset/csv-write';
import type { DatasetResult, TableName, TableResult } from '../dataset/types';
import { sqlTypeOf, TABLE_COLUMNS, TABLE_NAMES } from '../dataset/schema';
import type { Engine } from '../engine/types';
import { createAdmissionYears } from '../indicators/admission-profile';
import { createCandidateYears } from '../indicators/pipeline';
import { createMemberYears } from '../indicators/member-years';
import { createFacts } from './facts';
import { ancestorPairs, buildTree, type UnitInfo, type UnitTree } from './tree';

const IDENT = /^[a-z_][a-z0-9_]*$/;

/** What the views know of the loaded dataset besides the tables themselves. */
export interface LoadedDataset {
  /** Distinguishes datasets loaded one after another (a query key includes it). */
  id: number;
  tree: UnitTree;
  /** Last date any event in the data carries: the date of the export, as far as we can tell. */
  dataDate: string | null;
  firstYear: number | null;
  /** Extra columns per table, kept as dimensions. */
  extraColumns: Partial<Record<TableName, string[]>>;
  /** Values of each extra column of units.csv (a filter offers them), at most 200 each. */
  unitDimValues: Record<string, string[]>;
  /** The header of each extra column of units.csv as the file wrote it ("Khu vực" for `khu_vuc`): its label, in both languages. */
  unitDimHeaders: Record<string, string>;
  /** The year spans of term targets (nhiệm kỳ), offered as period presets. */
  termSpans: [number, number][];
}

let generation = 0;

function quoteIdent(name: string): string {
  if (!IDENT.test(name)) throw new Error(`Tên cột không hợp lệ: ${name}`);
  return `"${name}"`;
}

function columnsStruct(columns: [string, string][]): string {
  return `{${columns.map(([n, t]) => `'${n.replace(/'/g, '')}': '${t}'`).join(', ')}}`;
}

async function createTable(engine: Engine, schema: string, table: TableName, result: TableResult | undefined) {
  const canonical = TABLE_COLUMNS[table].map((c) => [c.name, sqlTypeOf(c.type)] as [string, string]);
  if (!result) {
    await engine.exec(`CREATE TABLE ${schema}.${table} (${canonical.map(([n, t]) => `${quoteIdent(n)} ${t}`).join(', ')})`);
    return;
  }
  const columns = result.columns.map((c) => {
    quoteIdent(c);
    return [c, result.sqlTypes[c] ?? 'VARCHAR'] as [string, string];
  });
  const file = `${schema}_${table}.csv`;
  // the page's import worker sends the table as bytes already (see import.worker.ts)
  const bytes = (result as TableResult & { csvBytes?: Uint8Array }).csvBytes ?? new TextEncoder().encode(result.csv);
  await engine.registerFile(file, bytes);
  try {
    await engine.exec(
      `CREATE TABLE ${schema}.${table} AS SELECT * FROM read_csv('${file}', header = true, auto_detect = false, ` +
        `delim = ',', quote = '"', escape = '"', nullstr = '', columns = ${columnsStruct(columns)})`,
    );
  } finally {
    await engine.dropFile(file);
  }
}

/**
 * Puts a validated dataset into the engine in a fresh schema and switches to it
 * only when every table is in: a failure leaves the previous dataset in use.
 */
export async function loadDataset(engine: Engine, ds: DatasetResult): Promise<LoadedDataset> {
  const schema = `d${++generation}`;
  await engine.exec(`CREATE SCHEMA ${schema}`);
  let tree: UnitTree;
  try {
    for (const t of TABLE_NAMES) await createTable(engine, schema, t, ds.tables[t]);
    tree = buildTree(await readUnits(engine, schema));
    await createAncestorTable(engine, schema, tree);
    await createFacts(engine, schema, extraColumnsOf(ds).units ?? []);
    await createMemberYears(engine, schema);
    await createAdmissionYears(engine, schema);
    await createCandidateYears(engine, schema);
    await engine.exec(`USE ${schema}`);
  } catch (e) {
    await engine.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    throw e;
  }
  for (let g = generation - 1; g >= 1; g--) await engine.exec(`DROP SCHEMA IF EXISTS d${g} CASCADE`);
  return describe(engine, tree, ds);
}

async function readUnits(engine: Engine, schema: string): Promise<UnitInfo[]> {
  const rows = await engine.query<Record<string, string | null>>(
    `SELECT unit_id, parent_id, name, kind, type, strftime(active_from, '%Y-%m-%d') AS active_from,
            strftime(active_to, '%Y-%m-%d') AS active_to, successor_id FROM ${schema}.units`,
  );
  return rows.map((r) => ({
    id: r.unit_id!,
    parentId: r.parent_id,
    name: r.name ?? r.unit_id!,
    kind: r.kind === 'dang_bo' ? 'dang_bo' : 'chi_bo',
    type: r.type,
    activeFrom: r.active_from,
    activeTo: r.active_to,
    successorId: r.successor_id,
  }));
}

async function createAncestorTable(engine: Engine, schema: string, tree: UnitTree) {
  const lines = ['unit_id,ancestor_id'];
  for (const [u, a] of ancestorPairs(tree)) lines.push(csvRecord([u, a]));
  const file = `${schema}_unit_ancestor.csv`;
  await engine.registerFile(file, new TextEncoder().encode(lines.join('\n')));
  try {
    await engine.exec(
      `CREATE TABLE ${schema}.unit_ancestor AS SELECT * FROM read_csv('${file}', header = true, auto_detect = false, ` +
        `delim = ',', quote = '"', escape = '"', columns = {'unit_id': 'VARCHAR', 'ancestor_id': 'VARCHAR'})`,
    );
  } finally {
    await engine.dropFile(file);
  }
}

async function describe(engine: Engine, tree: UnitTree, ds: DatasetResult): Promise<LoadedDataset> {
  const [span] = await engine.query<{ last: string | null; first: number | null }>(
    `SELECT strftime(greatest(
        (SELECT max(admitted_on) FROM admissions),
        (SELECT max(greatest(admitted_on, coalesce(official_on, admitted_on), coalesce(left_on, admitted_on))) FROM members)
      ), '%Y-%m-%d') AS last,
      (SELECT year(min(admitted_on)) FROM admissions) AS first`,
  );
  const extraColumns = extraColumnsOf(ds);
  const unitDimValues: Record<string, string[]> = {};
  // offered in Vietnamese alphabetical order (Đồng bằng after Dân cư, before Miền núi), not by code point
  const vi = new Intl.Collator('vi').compare;
  for (const col of extraColumns.units ?? []) {
    const rows = await engine.query<{ v: string }>(`SELECT DISTINCT "${col}" AS v FROM units WHERE "${col}" IS NOT NULL ORDER BY 1 LIMIT 200`);
    unitDimValues[col] = rows.map((r) => r.v).sort(vi);
  }
  const terms = await engine.query<{ f: number; t: number }>('SELECT DISTINCT from_year AS f, to_year AS t FROM targets WHERE to_year > from_year ORDER BY 1');
  return {
    id: generation,
    tree,
    dataDate: span?.last ?? null,
    firstYear: span?.first ?? null,
    extraColumns,
    unitDimValues,
    unitDimHeaders: Object.fromEntries((extraColumns.units ?? []).map((c) => [c, ds.tables.units?.extraHeaders?.[c] ?? c])),
    termSpans: terms.map((r) => [r.f, r.t]),
  };
}

function extraColumnsOf(ds: DatasetResult): LoadedDataset['extraColumns'] {
  const extraColumns: LoadedDataset['extraColumns'] = {};
  for (const t of TABLE_NAMES) {
    const canonical = new Set(TABLE_COLUMNS[t].map((c) => c.name));
    const extra = ds.tables[t]?.columns.filter((c) => !canonical.has(c) && IDENT.test(c)) ?? [];
    if (extra.length) extraColumns[t] = extra;
  }
  return extraColumns;
}
