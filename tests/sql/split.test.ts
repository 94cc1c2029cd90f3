import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import { prepareDataset, type PreparedManifest } from '../../scripts/lib/prepare';
import type { Clause } from '../../src/filters/filters';
import { forUnit, makeCtx } from '../../src/indicators/context';
import { attachParts } from '../../src/model/store';
import { isNeedsDetail } from '../../src/query/detail';
import { answers, questions } from './answers';
import type { YearProgress } from '../../src/indicators/progress';

// A split prepared dataset (a summary and one file per top-level unit) answers every figure as
// the CSV files do once the parts a unit needs are attached; before that, on the summary alone,
// a figure is either the same or refused with NeedsDetail, never counted over part of the rows.
type SubFigures = { rows: { cells: number | null }[]; own: { cells: number | null } | null };
function withoutCells<T extends SubFigures>(x: T): T {
  const clear = <R extends { cells: number | null }>(r: R): R => ({ ...r, cells: null, cellsWithAdmission: null, cellsWithoutAdmission: null });
  return { ...x, rows: x.rows.map(clear), own: x.own && clear(x.own) };
}

/** The year's progress without the ready candidates of its units at risk (see `yearProgress`). */
function withoutReady(x: YearProgress): YearProgress {
  return { ...x, atRisk: x.atRisk.map((u) => ({ ...u, readyCandidates: null })) };
}

const out = mkdtempSync(join(tmpdir(), 'split-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const CLAUSES: Clause[][] = [[], [{ dim: 'sex', values: ['nu'] }], [{ dim: 'ethnic', values: ['dtts'] }]];

const CASES = {
  // two top-level units, a commune dissolved and merged inside one of them
  'tests/fixtures/golden': {
    top: ['T', 'H1', 'H2'],
    deep: ['X2', 'X4', 'C05'],
    // the last before the first year of the year tables (2017): the day events do not go back so far
    periods: [['2023-01-01', '2023-12-31'], ['2022-01-01', '2024-08-31'], ['2023-03-01', '2023-08-31'], ['2016-03-01', '2018-08-31']],
  },
  // nine districts dissolved on 30/06/2025 and their communes merged into new ones across them
  data: {
    top: ['T01', 'T01.XM05', 'T01.H02'],
    deep: ['T01.H01.X01', 'T01.H01.X01.C001'],
    periods: [['2025-01-01', '2025-12-31'], ['2026-01-01', '2026-10-31'], ['2025-03-01', '2025-08-31']],
  },
} as const;

for (const [folder, scope] of Object.entries(CASES)) {
  describe(`a split prepared dataset (${folder})`, () => {
    let csv: OpenedDataset;
    let all: OpenedDataset;
    let summary: OpenedDataset;
    let manifest: PreparedManifest;
    const dir = join(out, folder.replace(/\W/g, '_'));
    beforeAll(async () => {
      manifest = await prepareDataset(folder, dir, 'vi', 'always');
      [csv, all, summary] = await Promise.all([openDataset(folder), openDataset(dir), openDataset(dir, 'vi', { parts: 'none' })]);
    }, 240_000);
    afterAll(async () => {
      await Promise.all([csv.engine.close(), all.engine.close(), summary.engine.close()]);
    });

    it('writes a summary and one file per top-level unit, and each row of each table once', async () => {
      const tops = csv.loaded.tree.roots.flatMap((r) => csv.loaded.tree.children.get(r) ?? []);
      expect(Object.keys(manifest.parts ?? {}).sort()).toEqual([...tops].sort());
      for (const part of Object.values(manifest.parts ?? {})) expect(existsSync(join(dir, part.file))).toBe(true);
      expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toEqual(manifest);
      const tables = await csv.engine.query<{ name: string }>('SELECT table_name AS name FROM duckdb_tables() WHERE schema_name = current_schema() ORDER BY 1');
      for (const { name } of tables) {
        const count = async (d: OpenedDataset) => (await d.engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM "${name}"`))[0].n;
        expect([name, await count(all)]).toEqual([name, await count(csv)]);
      }
      expect({ ...all.loaded, id: 0, parts: undefined }).toEqual({ ...csv.loaded, id: 0 });
    });

    for (const unitId of [...scope.top, ...scope.deep]) {
      it(`${unitId}: with every part attached, every figure equals the CSV path's`, async () => {
        for (const [from, to] of scope.periods) {
          for (const clauses of CLAUSES) {
            const f = { unitId, from, to, clauses };
            expect(await answers(forUnit(makeCtx(all.engine, all.loaded), unitId), f)).toEqual(await answers(makeCtx(csv.engine, csv.loaded), f));
          }
        }
      }, 300_000);
    }

    it('on the summary alone: every figure is that of the CSV path or needs detail, never counted over part of the rows', async () => {
      let answered = 0;
      for (const unitId of [...scope.top, ...scope.deep]) {
        for (const [from, to] of scope.periods) {
          for (const clauses of CLAUSES) {
            const f = { unitId, from, to, clauses };
            const mine = questions(forUnit(makeCtx(summary.engine, summary.loaded), unitId), f);
            const theirs = questions(makeCtx(csv.engine, csv.loaded), f);
            for (const key of Object.keys(mine) as (keyof typeof mine)[]) {
              const got = await mine[key]().then(
                (v) => ({ v }),
                (e: unknown) => (isNeedsDetail(e) ? 'needs detail' : Promise.reject(e)),
              );
              if (got === 'needs detail') continue;
              let expected: unknown = await theirs[key]();
              // the Đơn vị rows leave the cells' columns empty, and only those, when the cells' rows are not attached
              if (key === 'subs' && (got.v as Awaited<ReturnType<typeof mine.subs>>).own?.cells === null) expected = withoutCells(expected as Awaited<ReturnType<typeof mine.subs>>);
              // the ready candidates of the units at risk are not known, and only they, when the candidates' rows are not attached
              if (key === 'progress' && (got.v as Awaited<ReturnType<typeof mine.progress>>).atRisk.some((u) => u.readyCandidates === null))
                expected = withoutReady(expected as Awaited<ReturnType<typeof mine.progress>>);
              expect([unitId, from, to, clauses, key, got.v]).toEqual([unitId, from, to, clauses, key, expected]);
              answered++;
            }
          }
        }
      }
      expect(answered).toBeGreaterThan(0);
    }, 300_000);

    it('on the summary alone: the tiles of the root and the top-level units, for any period, from the day events', async () => {
      for (const unitId of scope.top) {
        for (const [from, to] of scope.periods.slice(0, 3)) {
          for (const clauses of [[], [{ dim: 'sex', values: ['nu'] }]] as Clause[][]) {
            const f = { unitId, from, to, clauses };
            const mine = questions(forUnit(makeCtx(summary.engine, summary.loaded), unitId), f);
            const theirs = questions(makeCtx(csv.engine, csv.loaded), f);
            expect([unitId, from, await mine.kpis(), await mine.atFrom()]).toEqual([unitId, from, await theirs.kpis(), await theirs.atFrom()]);
          }
        }
      }
    }, 300_000);

    it('attaching the parts a deep unit needs makes its figures those of the CSV path', async () => {
      const unitId = scope.deep[0];
      const parts = summary.loaded.parts!;
      expect(parts.ready(unitId)).toBe(false);
      await attachParts(summary.engine, summary.loaded, parts.needs(unitId), async (_top, part) => new Uint8Array(readFileSync(join(dir, part.file))));
      expect(parts.ready(unitId)).toBe(true);
      const [from, to] = scope.periods[0];
      const f = { unitId, from, to, clauses: [] };
      expect(await answers(forUnit(makeCtx(summary.engine, summary.loaded), unitId), f)).toEqual(await answers(makeCtx(csv.engine, csv.loaded), f));
    }, 300_000);
  });
}
