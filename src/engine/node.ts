import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { plannedOnce } from './placeholders';
import { OPEN_CONFIG, SAFE_SETTINGS, toRows } from './rows';
import { StatementCache } from './statement-cache';
import type { Engine, QueryOptions, Row, SqlValue } from './types';

const require = createRequire(import.meta.url);

/** The same DuckDB-WASM engine as the page, in Node (command line, tests). */
export async function createNodeEngine(): Promise<Engine> {
  const bundles = {
    mvp: {
      mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'),
      mainWorker: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-mvp.worker.cjs'),
    },
    eh: {
      mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'),
      mainWorker: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-eh.worker.cjs'),
    },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open(OPEN_CONFIG);
  const conn = db.connect();
  for (const s of SAFE_SETTINGS) conn.query(s);
  // as in the page: a shape of query is prepared once
  const statements = new StatementCache<duckdb.PreparedStatement>();

  return {
    async query<T extends Row>(sql: string, params: readonly SqlValue[] = [], options?: QueryOptions) {
      if (params.length === 0) return toRows<T>(conn.query(sql));
      const text = options?.planOnce ? plannedOnce(sql, params) : sql;
      const st = await statements.get(text, async () => conn.prepare(text));
      return toRows<T>(st.query(...params));
    },
    async exec(sql: string) {
      await statements.clear();
      conn.query(sql);
    },
    async registerFile(name: string, bytes: Uint8Array) {
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name: string) {
      db.dropFile(name);
    },
    async close() {
      await statements.clear();
      conn.close();
    },
  };
}
