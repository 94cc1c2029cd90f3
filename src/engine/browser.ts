import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { plannedOnce } from './placeholders';
import { OPEN_CONFIG, SAFE_SETTINGS, toRows } from './rows';
import { ResultCache } from './result-cache';
import { StatementCache } from './statement-cache';
import type { Engine, QueryOptions, Row, SqlValue } from './types';

/** Bundles are served by the app itself: a CDN is never asked (offices sit on closed networks). */
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/**
 * Switches for `npm run bench`: with `window.__engineLog` an array, each query
 * the engine runs appends its start, its answer's arrival, its end (the
 * answer made rows) and the start of its text; with
 * `window.__engineCacheEpoch` a number, answers are shared only among questions
 * asked under the same number (the bench's "cold": a change reuses nothing
 * from the changes before it).
 */
type QueryTiming = { sql: string; start: number; answered: number; end: number };
type BenchSwitches = { __engineLog?: unknown; __engineCacheEpoch?: unknown };
function timingLog(): QueryTiming[] | undefined {
  const log = (globalThis as BenchSwitches).__engineLog;
  return Array.isArray(log) ? (log as QueryTiming[]) : undefined;
}

/** DuckDB-WASM in a Web Worker, for the page. */
export async function createBrowserEngine(): Promise<Engine> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open(OPEN_CONFIG);
  const conn = await db.connect();
  for (const s of SAFE_SETTINGS) await conn.query(s);
  const statements = new StatementCache<duckdb.AsyncPreparedStatement>();
  const results = new ResultCache();

  /** One question to the engine's worker (it answers one at a time). */
  async function run<T extends Row>(sql: string, params: readonly SqlValue[], options?: QueryOptions): Promise<T[]> {
    const log = timingLog();
    const start = log ? performance.now() : 0;
    let table;
    if (params.length === 0) table = await conn.query(sql);
    else {
      const text = options?.planOnce ? plannedOnce(sql, params) : sql;
      // A statement prepared before is run at once, so that the question reaches the worker in this
      // task: after an await, it was posted only once the page had finished its current work (on a
      // change, the render and commit of the new filters, while the worker sat idle).
      const st = statements.ready(text) ?? (await statements.get(text, () => conn.prepare(text)));
      table = await st.query(...params);
    }
    const answered = log ? performance.now() : 0;
    const rows = toRows<T>(table);
    log?.push({ sql: sql.replace(/\s+/g, ' ').slice(0, 160), start, answered, end: performance.now() });
    return rows;
  }

  return {
    query<T extends Row>(sql: string, params: readonly SqlValue[] = [], options?: QueryOptions) {
      const epoch = (globalThis as BenchSwitches).__engineCacheEpoch;
      return results.get(typeof epoch === 'number' ? `-- ${epoch}\n${sql}` : sql, params, () => run<T>(sql, params, options));
    },
    async exec(sql: string) {
      results.clear();
      await statements.clear();
      await conn.query(sql);
    },
    async registerFile(name: string, bytes: Uint8Array) {
      await db.registerFileBuffer(name, bytes);
    },
    async dropFile(name: string) {
      await db.dropFile(name);
    },
    async close() {
      await statements.clear();
      await conn.close();
      await db.terminate();
      worker.terminate();
    },
  };
}
