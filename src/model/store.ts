import { loadSources, type LoadOptions, type ReadSource } from '../dataset/load';
import type { DatasetResult } from '../dataset/types';
import { TABLE_COLUMNS, TABLE_NAMES } from '../dataset/schema';
import { datasetVerdict, type Verdict } from '../dataset/verdict';
import type { Engine } from '../engine/types';
import { buildWarehouse } from '../warehouse';
import type { LoadedDataset } from './loaded';
import { PreparedParts, type PartFile, type PartLayout } from './parts';
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

/** What a prepared dataset keeps beside its tables: the load report, which no table holds; and, split, its parts. */
export interface PreparedMeta {
  ds: DatasetResult;
  /** A split dataset: each top-level unit's file (see `model/parts.ts`); the file opened is its summary. */
  parts?: Record<string, PartFile>;
}

const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Tables whose rows the summary of a split dataset holds all of (the rest are rolled up the tree, or detail). */
const SHARED_TABLES = new Set(['units', 'unit_ancestor', 'targets', 'member_year_range', 'candidate_span', 'event_tree']);

/**
 * How the tables of schema `schema` of database `db` split (see
 * `PartLayout`): rolled up the tree when they have `ancestor_id`, detail
 * when they have `unit_id`, shared otherwise or when the summary holds them whole.
 */
export async function partLayout(engine: Engine, db: string, schema: string): Promise<PartLayout & { sortKey: Record<string, string | null> }> {
  const rows = await engine.query<{ name: string; ancestor: boolean; unit: boolean }>(
    `SELECT table_name AS name, bool_or(column_name = 'ancestor_id') AS ancestor, bool_or(column_name = 'unit_id') AS unit
     FROM duckdb_columns() WHERE database_name = ? AND schema_name = ? GROUP BY 1 ORDER BY 1`,
    [db, schema],
  );
  const layout = { shared: [] as string[], tree: [] as string[], detail: [] as string[], sortKey: {} as Record<string, string | null> };
  for (const r of rows) {
    // a unit's rows sit together in the file: a question about it reads few blocks (the units
    // themselves keep the order of the office's file, which the tree and its lists follow)
    layout.sortKey[r.name] = r.ancestor ? 'ancestor_id' : r.unit && r.name !== 'units' ? 'unit_id' : null;
    if (SHARED_TABLES.has(r.name) || (!r.ancestor && !r.unit)) layout.shared.push(r.name);
    else (r.ancestor ? layout.tree : layout.detail).push(r.name);
  }
  return layout;
}

/**
 * Copies every table of the dataset in use (typed and derived) into the
 * database file `path`, each sorted by its unit: a prepared dataset, which
 * `openPrepared` attaches instead of loading and building again. `rows`
 * narrows a table's rows (a condition on it, aliased `t`), or leaves it out
 * (null). The engine must write files that the page can read: native DuckDB
 * (`src/engine/native.ts`).
 */
export async function writePrepared(engine: Engine, path: string, rows: (table: string) => string | null = () => 'TRUE'): Promise<void> {
  const [{ db, schema }] = await engine.query<{ db: string; schema: string }>('SELECT current_database() AS db, current_schema() AS schema');
  const { sortKey } = await partLayout(engine, db, schema);
  await engine.exec(`ATTACH ${quoted(path)} AS prepared`);
  for (const [name, key] of Object.entries(sortKey)) {
    const where = rows(name);
    if (where === null) continue;
    await engine.exec(`CREATE TABLE prepared.main."${name}" AS SELECT * FROM "${name}" t WHERE ${where}${key ? ` ORDER BY t.${key}` : ''}`);
  }
  await engine.exec('CHECKPOINT prepared');
  await engine.exec('DETACH prepared');
}

/**
 * Opens a prepared dataset: the file registered as `name` is attached
 * read-only, and a fresh schema of views over its tables takes the place of
 * a load's schema (a later load then creates its own schema beside it, as
 * over any load, and a refused one leaves this one in use). Described as a
 * load describes its tables. A split dataset's summary opens so, its parts
 * attached later (`attachParts`).
 */
export async function openPrepared(engine: Engine, name: string, bytes: Uint8Array, meta: PreparedMeta): Promise<LoadedDataset> {
  const schema = `d${++generation}`;
  const db = `p${generation}`;
  await engine.registerFile(name, bytes);
  await engine.exec(`ATTACH ${quoted(name)} AS ${db} (READ_ONLY)`);
  try {
    const layout = await partLayout(engine, db, 'main');
    await engine.exec(`CREATE SCHEMA ${schema}`);
    for (const t of Object.keys(layout.sortKey)) await engine.exec(`CREATE VIEW ${schema}."${t}" AS SELECT * FROM ${db}.main."${t}"`);
    const tree = buildTree(await readUnits(engine, schema));
    await engine.exec(`USE ${schema}`);
    await dropEarlier(engine);
    const loaded = await describe(engine, tree, meta.ds);
    if (meta.parts) loaded.parts = new PreparedParts(tree, layout, meta.parts, { schema, summary: db });
    return loaded;
  } catch (e) {
    await engine.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await engine.exec(`DETACH DATABASE IF EXISTS ${db}`);
    throw e;
  }
}

/**
 * Attaches the files of top-level units `tops` of a split dataset (those not
 * attached yet), read by `read`, and makes the views of the rolled-up and
 * detail tables read the summary and every part attached. A dataset replaced
 * meanwhile is left alone.
 */
export async function attachParts(engine: Engine, loaded: LoadedDataset, tops: readonly string[], read: (top: string, part: PartFile) => Promise<Uint8Array>): Promise<void> {
  const parts = loaded.parts;
  if (!parts) return;
  const names = Object.keys(parts.parts);
  const fresh = [...new Set(tops)].filter((top) => !parts.attached.has(top) && parts.parts[top]);
  if (fresh.length === 0) return;
  const files = await Promise.all(fresh.map((top) => read(top, parts.parts[top])));
  const [{ schema }] = await engine.query<{ schema: string }>('SELECT current_schema() AS schema');
  if (schema !== parts.place.schema) return;
  for (const [i, top] of fresh.entries()) {
    const alias = `${parts.place.summary}_${names.indexOf(top)}`;
    await engine.registerFile(`${alias}.duckdb`, files[i]);
    await engine.exec(`ATTACH ${quoted(`${alias}.duckdb`)} AS ${alias} (READ_ONLY)`);
  }
  const dbs = [parts.place.summary, ...[...parts.attached, ...fresh].map((top) => `${parts.place.summary}_${names.indexOf(top)}`)];
  for (const t of [...parts.layout.tree, ...parts.layout.detail]) {
    await engine.exec(`CREATE OR REPLACE VIEW ${parts.place.schema}."${t}" AS ${dbs.map((d) => `SELECT * FROM ${d}.main."${t}"`).join(' UNION ALL ')}`);
  }
  for (const top of fresh) parts.attached.add(top);
}

/** The schemas of the datasets before the one now in use, and the prepared files they attached. */
async function dropEarlier(engine: Engine): Promise<void> {
  for (let g = generation - 1; g >= 1; g--) await engine.exec(`DROP SCHEMA IF EXISTS d${g} CASCADE`);
  const dbs = await engine.query<{ name: string }>("SELECT database_name AS name FROM duckdb_databases() WHERE regexp_matches(database_name, '^p[0-9]+(_[0-9]+)?$')");
  for (const { name } of dbs) {
    if (Number(name.slice(1).split('_')[0]) < generation) await engine.exec(`DETACH DATABASE IF EXISTS ${name}`);
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
  // from the derived tables, which a split dataset's summary holds whole
  const [span] = await engine.query<{ last: string | null; first: number | null }>(
    `SELECT strftime(r.last_event, '%Y-%m-%d') AS last, (SELECT min(year) FROM admission_year_tree)::INTEGER AS first FROM member_year_range r`,
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
