import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { plannedOnce } from './placeholders';
import { OPEN_CONFIG, SAFE_SETTINGS, toRows } from './rows';
import { StatementCache } from './statement-cache';
import type { Engine, QueryOptions, Row, SqlValue } from './types';

/** Bundles are served by the app itself: a CDN is never asked (offices sit on closed networks). */
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

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

  /** One question to the engine's worker (it answers one at a time). */
  async function run<T extends Row>(sql: string, params: readonly SqlValue[] = [], options?: QueryOptions): Promise<T[]> {
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
    return toRows<T>(table);
  }

  return {
    query: run,
    async exec(sql: string) {
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
