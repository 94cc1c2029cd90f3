import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

it('only src/engine imports DuckDB-WASM', () => {
  const offenders = [...files('src'), ...files('scripts'), ...files('tests')].filter(
    (f) => !f.startsWith(join('src', 'engine')) && !f.endsWith('engine-boundary.test.ts') && readFileSync(f, 'utf8').includes('@duckdb/duckdb-wasm'),
  );
  expect(offenders).toEqual([]);
});
