import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetRefused, openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import { prepareDataset } from '../../scripts/lib/prepare';
import type { Clause } from '../../src/filters/filters';
import { makeCtx } from '../../src/indicators/context';
import { answers } from './answers';

// A prepared dataset (written by native DuckDB through the page's loader and warehouse,
// attached read-only) answers every figure as the same files loaded from CSV do.
const out = mkdtempSync(join(tmpdir(), 'prepared-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const CLAUSES: Clause[][] = [[], [{ dim: 'sex', values: ['nu'] }], [{ dim: 'ethnic', values: ['dtts'] }], [{ dim: 'sex', values: ['nu'] }, { dim: 'occupation', values: ['hoc_sinh', 'nong_dan'] }]];

const CASES = {
  // the golden set: a commune dissolved and merged at the end of 2022
  'tests/fixtures/golden': { units: ['T', 'H1', 'X2', 'X4'], periods: [['2023-01-01', '2023-12-31'], ['2022-01-01', '2023-12-31'], ['2023-01-01', '2023-08-31']] },
  // the sample province: districts dissolved and communes merged on 30/06/2025
  data: { units: ['T01', 'T01.H01', 'T01.XM05'], periods: [['2025-01-01', '2025-12-31'], ['2026-01-01', '2026-10-31'], ['2025-03-01', '2025-08-31']] },
} as const;

for (const [folder, scope] of Object.entries(CASES)) {
  describe(`a prepared dataset (${folder})`, () => {
    let csv: OpenedDataset;
    let prepared: OpenedDataset;
    const dir = join(out, folder.replace(/\W/g, '_'));
    beforeAll(async () => {
      await prepareDataset(folder, dir);
      [csv, prepared] = await Promise.all([openDataset(folder), openDataset(dir)]);
    }, 240_000);
    afterAll(async () => {
      await Promise.all([csv.engine.close(), prepared.engine.close()]);
    });

    it('holds the database file, the load report and a manifest, and opens as the CSV files load', () => {
      expect(readdirSync(dir).sort()).toEqual(['dataset.duckdb', 'load-report.json', 'manifest.json']);
      expect(prepared.ds).toEqual(csv.ds);
      expect({ ...prepared.loaded, id: 0 }).toEqual({ ...csv.loaded, id: 0 });
    });

    for (const unitId of scope.units) {
      it(`${unitId}: every figure equals the CSV path's`, async () => {
        for (const [from, to] of scope.periods) {
          for (const clauses of CLAUSES) {
            const f = { unitId, from, to, clauses };
            expect(await answers(makeCtx(prepared.engine, prepared.loaded), f)).toEqual(await answers(makeCtx(csv.engine, csv.loaded), f));
          }
        }
      }, 300_000);
    }
  });
}

describe('prepare-data', () => {
  it('refuses what the page refuses, with the same reasons, and writes nothing', async () => {
    const partial = mkdtempSync(join(tmpdir(), 'partial-'));
    copyFileSync('tests/fixtures/golden/members.csv', join(partial, 'members.csv'));
    const target = join(out, 'refused');
    const page = await openDataset(partial).catch((e: unknown) => e);
    const prepared = await prepareDataset(partial, target).catch((e: unknown) => e);
    expect(page).toBeInstanceOf(DatasetRefused);
    expect(prepared).toBeInstanceOf(DatasetRefused);
    expect((prepared as Error).message).toBe((page as Error).message);
    expect(existsSync(target)).toBe(false);
    rmSync(partial, { recursive: true, force: true });
  });
});
