import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { OPEN_CONFIG, SAFE_SETTINGS, toRows } from './rows';
import { StatementCache } from './statement-cache';
import type { Engine, Row, SqlValue } from './types';

/** Bundles are served by the app itself: a CDN is never asked (offices sit on closed networks). */
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/**
 * Opt-in timing for `npm run bench`: when the page has `window.__engineLog`
 * as an array, each query appends its start, end and the start of its text.
 */
type QueryTiming = { sql: string; start: number; end: number };
function timingLog(): QueryTiming[] | undefined {
  const log = (globalThis as { __engineLog?: unknown }).__engineLog;
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

  return {
    async query<T extends Row>(sql: string, params: readonly SqlValue[] = []) {
      const log = timingLog();
      const start = log ? performance.now() : 0;
      let rows: T[];
      if (params.length === 0) rows = toRows<T>(await conn.query(sql));
      else {
        const st = await statements.get(sql, () => conn.prepare(sql));
        rows = toRows<T>(await st.query(...params));
      }
      log?.push({ sql: sql.replace(/\s+/g, ' ').slice(0, 160), start, end: performance.now() });
      return rows;
    },
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
