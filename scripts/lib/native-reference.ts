/**
 * The bench's native reference: the same CSV files read by native DuckDB
 * (`@duckdb/node-api`, the release embedded in duckdb-wasm: see
 * tests/unit/native-duckdb-version.test.ts), so a page figure can be read as
 * "so many times what DuckDB itself takes" rather than on its own.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

export interface NativeRead {
  /** The file's name in the folder. */
  file: string;
  rows: number;
  seconds: number;
}

// fixed rather than the machine's core count, so figures from different machines compare
export const NATIVE_THREADS = 2;

/**
 * Each `.csv` of `dir` (as the bench gives the page: its sub-folders and other
 * files left out), in name order, read by native DuckDB into a table of text
 * columns, with the time of that `CREATE TABLE … AS` alone.
 */
export async function nativeCsvReadSeconds(dir: string, threads = NATIVE_THREADS): Promise<NativeRead[]> {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.csv'))
    .map((e) => e.name)
    .sort();
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const conn = await instance.connect();
  try {
    const reads: NativeRead[] = [];
    for (const file of names) {
      const t0 = performance.now();
      // the path is a bound value, never spliced into the SQL text
      await conn.run('CREATE TABLE loaded AS SELECT * FROM read_csv($1, all_varchar = true, header = true)', [resolve(join(dir, file))]);
      const seconds = (performance.now() - t0) / 1000;
      const [{ n }] = (await conn.runAndReadAll('SELECT count(*) AS n FROM loaded')).getRowObjects();
      await conn.run('DROP TABLE loaded');
      reads.push({ file, rows: Number(n), seconds });
    }
    return reads;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

export function nativeTotal(reads: readonly NativeRead[]): { rows: number; seconds: number } {
  return reads.reduce((s, r) => ({ rows: s.rows + r.rows, seconds: s.seconds + r.seconds }), { rows: 0, seconds: 0 });
}

const perSecond = (rows: number, seconds: number) => Math.round(rows / seconds).toLocaleString('en');
const millis = (seconds: number) => `${Math.round(seconds * 1000)} ms`;

/**
 * The bench's lines for one dataset: the native total, the page's time over
 * native's (`pageSeconds`: the page figure printed just above), and each file.
 */
export function nativeReferenceLines(reads: readonly NativeRead[], pageSeconds: number, threads = NATIVE_THREADS): string[] {
  const total = nativeTotal(reads);
  return [
    `  native DuckDB reference (@duckdb/node-api, ${threads} threads, read_csv all_varchar into tables): ` +
      `${reads.length} files, ${total.rows.toLocaleString('en')} rows in ${millis(total.seconds)} (${perSecond(total.rows, total.seconds)} rows/s); ` +
      `page time ÷ native time: ${(pageSeconds / total.seconds).toFixed(1)}×`,
    ...reads.map(
      (r) =>
        `    ${r.file.padEnd(16)} ${r.rows.toLocaleString('en').padStart(11)} rows ${millis(r.seconds).padStart(8)} ${perSecond(r.rows, r.seconds).padStart(12)} rows/s`,
    ),
  ];
}
