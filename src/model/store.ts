import { loadSources, type LoadOptions, type ReadSource } from '../dataset/load';
import type { DatasetResult } from '../dataset/types';
import { TABLE_COLUMNS, TABLE_NAMES } from '../dataset/schema';
import { datasetVerdict, type Verdict } from '../dataset/verdict';
import type { Engine } from '../engine/types';
import { buildWarehouse } from '../warehouse';
import type { LoadedDataset } from './loaded';
import { buildTree, type UnitInfo, type UnitTree } from './tree';

export type { LoadedDataset } from './loaded';

const IDENT = /^[a-z_][a-z0-9_]*$/;


let generation = 0;

/** How long each step of a load took, in milliseconds (the bench and docs/performance.md read them). */
export type LoadTimings = Record<string, number>;

export interface LoadResult {
  ds: DatasetResult;
  verdict: Verdict;
  /** The dataset now in use; null when the verdict refused it (the previous one stays). */
  loaded: LoadedDataset | null;
  timings: LoadTimings;
}

/**
 * Loads read sources into a fresh schema (see `loadSources`), judges them
 * with `datasetVerdict`, and only when accepted builds the derived tables
 * and switches to the new schema: a refused or failed load leaves the
 * previous dataset in use.
 */
export async function loadDataset(engine: Engine, sources: ReadSource[], opts: LoadOptions = {}): Promise<LoadResult> {
  const schema = `d${++generation}`;
  const timings: LoadTimings = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - t);
    t = now;
  };
  await engine.exec(`CREATE SCHEMA ${schema}`);
  let tree: UnitTree;
  let ds: DatasetResult;
  try {
    ds = await loadSources(engine, schema, sources, opts);
    lap('tables');
    const verdict = datasetVerdict(ds, opts.lang ?? 'vi');
    if (!verdict.ok) {
      await engine.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      return { ds, verdict, loaded: null, timings };
    }
    opts.onBuilding?.();
    await engine.exec(`DROP TABLE IF EXISTS ${schema}.code_alias`);
    tree = buildTree(await readUnits(engine, schema));
    await buildWarehouse(engine, schema, { unitExtras: extraColumnsOf(ds).units ?? [], onStep: lap });
    await engine.exec(`USE ${schema}`);
  } catch (e) {
    await engine.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    throw e;
  }
  await dropEarlier(engine);
  const loaded = await describe(engine, tree, ds);
  lap('describe');
  return { ds, verdict: { ok: true }, loaded, timings };
}

/** What a prepared dataset keeps beside its tables: the load report, which no table holds. */
export interface PreparedMeta {
  ds: DatasetResult;
}

const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Copies every table of the dataset in use (typed and derived) into the
 * database file `path`: a prepared dataset, which `openPrepared` attaches
 * instead of loading and building again. The engine must write files that
 * the page can read: native DuckDB (`src/engine/native.ts`).
 */
export async function writePrepared(engine: Engine, path: string): Promise<void> {
  const tables = await engine.query<{ name: string }>(
    'SELECT table_name AS name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = current_schema() ORDER BY 1',
  );
  await engine.exec(`ATTACH ${quoted(path)} AS prepared`);
  for (const { name } of tables) await engine.exec(`CREATE TABLE prepared.main."${name}" AS SELECT * FROM "${name}"`);
  await engine.exec('CHECKPOINT prepared');
  await engine.exec('DETACH prepared');
}

/**
 * Opens a prepared dataset: the file registered as `name` is attached
 * read-only, and a fresh schema of views over its tables takes the place of
 * a load's schema (a later load then creates its own schema beside it, as
 * over any load, and a refused one leaves this one in use). Described as a
 * load describes its tables.
 */
export async function openPrepared(engine: Engine, name: string, bytes: Uint8Array, meta: PreparedMeta): Promise<LoadedDataset> {
  const schema = `d${++generation}`;
  const db = `p${generation}`;
  await engine.registerFile(name, bytes);
  await engine.exec(`ATTACH ${quoted(name)} AS ${db} (READ_ONLY)`);
  try {
    const tables = await engine.query<{ name: string }>('SELECT table_name AS name FROM duckdb_tables() WHERE database_name = ? ORDER BY 1', [db]);
    await engine.exec(`CREATE SCHEMA ${schema}`);
    for (const t of tables) await engine.exec(`CREATE VIEW ${schema}."${t.name}" AS SELECT * FROM ${db}.main."${t.name}"`);
    const tree = buildTree(await readUnits(engine, schema));
    await engine.exec(`USE ${schema}`);
    await dropEarlier(engine);
    return await describe(engine, tree, meta.ds);
  } catch (e) {
    await engine.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await engine.exec(`DETACH DATABASE IF EXISTS ${db}`);
    throw e;
  }
}

/** The schemas of the datasets before the one now in use, and the prepared files they attached. */
async function dropEarlier(engine: Engine): Promise<void> {
  for (let g = generation - 1; g >= 1; g--) {
    await engine.exec(`DROP SCHEMA IF EXISTS d${g} CASCADE`);
    await engine.exec(`DETACH DATABASE IF EXISTS p${g}`);
  }
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
