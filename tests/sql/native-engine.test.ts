import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import { createNativeEngine } from '../../src/engine/native';
import { makeCtx } from '../../src/indicators/context';
import { answers } from './answers';

// Native DuckDB (the same version, see native-duckdb-version.test.ts) runs the page's loader,
// checks, warehouse and indicators unchanged, with the same answers: what preparing a dataset
// ahead of time will rest on.
let wasm: OpenedDataset;
let native: OpenedDataset;
beforeAll(async () => {
  wasm = await openDataset('tests/fixtures/golden');
  native = await openDataset('tests/fixtures/golden', 'vi', { engine: createNativeEngine });
});
afterAll(async () => {
  await Promise.all([wasm.engine.close(), native.engine.close()]);
});

describe('the native engine', () => {
  it('loads the same dataset: the same load report and the same tree, dates and dimensions', () => {
    expect(native.ds).toEqual(wasm.ds);
    expect({ ...native.loaded, id: 0 }).toEqual({ ...wasm.loaded, id: 0 });
  });

  for (const [unitId, from, to, clauses] of [
    ['T', '2023-01-01', '2023-12-31', []],
    ['T', '2023-01-01', '2023-08-31', [{ dim: 'sex', values: ['nu'] }]],
    ['H1', '2021-01-01', '2023-12-31', []],
    ['H2', '2022-01-01', '2023-12-31', [{ dim: 'occupation', values: ['hoc_sinh', 'nong_dan'] }]],
  ] as const) {
    it(`answers every figure as the wasm engine does: ${unitId} ${from}–${to} ${JSON.stringify(clauses)}`, async () => {
      const f = { unitId, from, to, clauses: clauses.map((c) => ({ dim: c.dim, values: [...c.values] })) };
      const [a, b] = [await answers(makeCtx(wasm.engine, wasm.loaded), f), await answers(makeCtx(native.engine, native.loaded), f)];
      expect(b).toEqual(a);
      expect(a.kpis.admissions).toBeGreaterThan(0);
    });
  }
});
