import { DuckDBInstance, version as nodeApiVersion } from '@duckdb/node-api';
import { expect, it } from 'vitest';
import { createNodeEngine } from '../../src/engine/node';

// `npm run bench` sets the page's loading beside native DuckDB's (`@duckdb/node-api`); the
// ratio only says what the browser costs when both are the same DuckDB release. Upgrading
// one of the two packages without the other fails here instead of skewing the figures.

async function nativeVersion(): Promise<string> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const [row] = (await conn.runAndReadAll('SELECT version() AS v')).getRowObjects();
    return String(row.v);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

async function wasmVersion(): Promise<string> {
  const engine = await createNodeEngine();
  try {
    const [row] = await engine.query<{ v: string }>('SELECT version() AS v');
    return row.v;
  } finally {
    await engine.close();
  }
}

it('@duckdb/node-api runs the DuckDB release embedded in duckdb-wasm', async () => {
  const native = await nativeVersion();
  const wasm = await wasmVersion();
  // both say a release as 'v1.4.3'; a blank or odd answer must not pass as equal
  expect(native).toMatch(/^v\d+\.\d+\.\d+/);
  expect(nodeApiVersion()).toBe(native);
  expect(native).toBe(wasm);
}, 60_000);
