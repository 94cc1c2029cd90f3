import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DuckDBInstance,
  DuckDBTypeId,
  JSDuckDBValueConverter,
  type DuckDBDateValue,
  type DuckDBPreparedStatement,
  type DuckDBTimestampValue,
  type DuckDBValue,
  type DuckDBValueConverter,
} from '@duckdb/node-api';
import { plannedOnce } from './placeholders';
import { SAFE_SETTINGS } from './rows';
import { StatementCache } from './statement-cache';
import type { Engine, QueryOptions, Row, SqlValue } from './types';

/**
 * Values as the wasm engine gives them (its Arrow rows cast big integers and
 * decimals to doubles, and dates to epoch milliseconds), so that the same
 * indicator code gives the same answers on either engine.
 */
const wasmLike: DuckDBValueConverter<unknown> = (value, type, self) => {
  if (value === null) return null;
  switch (type.typeId) {
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
      return Number(value as DuckDBValue as bigint);
    case DuckDBTypeId.DATE:
      return (value as DuckDBDateValue).days * 86_400_000;
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_TZ:
      return Number((value as DuckDBTimestampValue).micros / 1000n);
    default:
      return (JSDuckDBValueConverter as unknown as DuckDBValueConverter<unknown>)(value, type, self);
  }
};

/** Every number bound as a DOUBLE, as DuckDB-WASM binds them: a `?` then has the same type, and the same plan, on both engines. */
function bind(st: DuckDBPreparedStatement, params: readonly SqlValue[]) {
  st.clearBindings();
  params.forEach((v, i) => {
    if (v === null) st.bindNull(i + 1);
    else if (typeof v === 'number') st.bindDouble(i + 1, v);
    else if (typeof v === 'string') st.bindVarchar(i + 1, v);
    else st.bindBoolean(i + 1, v);
  });
}

/**
 * The same DuckDB version as the wasm engine, built natively (`@duckdb/node-api`,
 * pinned to it: see tests/unit/native-duckdb-version.test.ts), for work that
 * the wasm engine cannot do in Node: writing a `.duckdb` file, and datasets
 * larger than its memory. Files registered are written to a directory of
 * its own, where `read_csv('<name>')` finds them.
 */
export async function createNativeEngine(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  for (const s of SAFE_SETTINGS) await conn.run(s);
  const dir = mkdtempSync(join(tmpdir(), 'native-engine-'));
  await conn.run(`SET file_search_path = '${dir.replace(/'/g, "''")}'`);
  const statements = new StatementCache<{ st: DuckDBPreparedStatement; close(): void }>();
  // one statement at a time on the one connection: the query coordinator sends two at once
  let last: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = last.then(run, run);
    last = next.catch(() => undefined);
    return next;
  };
  return {
    query<T extends Row>(sql: string, params: readonly SqlValue[] = [], options?: QueryOptions) {
      return serial(async () => {
        if (params.length === 0) return (await (await conn.run(sql)).convertRowObjects(wasmLike)) as T[];
        const text = options?.planOnce ? plannedOnce(sql, params) : sql;
        const prepared = await statements.get(text, async () => {
          const st = await conn.prepare(text);
          return { st, close: () => st.destroySync() };
        });
        bind(prepared.st, params);
        return (await (await prepared.st.run()).convertRowObjects(wasmLike)) as T[];
      });
    },
    exec(sql: string) {
      return serial(async () => {
        await statements.clear();
        await conn.run(sql);
      });
    },
    async registerFile(name: string, bytes: Uint8Array) {
      if (/[\\/]/.test(name)) throw new Error(`not a file name: ${name}`);
      writeFileSync(join(dir, name), bytes);
    },
    async dropFile(name: string) {
      rmSync(join(dir, name), { force: true });
    },
    close() {
      return serial(async () => {
        await statements.clear();
        conn.closeSync();
        instance.closeSync();
        rmSync(dir, { recursive: true, force: true });
      });
    },
  };
}
