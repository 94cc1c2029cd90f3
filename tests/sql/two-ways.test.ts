import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import type { Engine } from '../../src/engine/types';
import { makeCtx, type Ctx } from '../../src/indicators/context';
import { indicatorId, REGISTRY } from '../../src/registry';
import { answers, type Answers } from './answers';

/**
 * Every indicator of the registry, answered the way the page answers it (from
 * the pre-aggregated tables when one can) and from the facts alone, must be
 * the same figure: over units at every level (dissolved and merged ones
 * among them), periods (whole years, the year to date, parts of years, spans
 * across a merger) and cross-filters (those the roll-ups keep and those they
 * cannot apply).
 */

/** Where each indicator of the registry stands in the answers: a test of a new indicator starts by saying where. */
const FIGURE: Record<string, (a: Answers) => unknown> = {
  'kpi.admissions': (a) => [a.kpis.admissions, a.profile.count, a.byYear.map((y) => y.count)],
  'kpi.target': (a) => [a.kpis.target, a.kpis.targetMax, a.years.map((y) => y.target)],
  'kpi.achievement': (a) => [a.kpis.achievementPct, a.years.map((y) => y.achievementPct)],
  'kpi.members': (a) => [a.kpis.members, a.members.count, a.change.end, a.atFrom, a.trend.map((y) => y.count)],
  'comparison.previous_admissions': (a) => [a.kpis.previous.from, a.kpis.previous.to, a.kpis.previous.admissions],
  'comparison.previous_members': (a) => a.kpis.previous.members,
  'comparison.admissions_change': (a) => [a.kpis.previous.admissionsChange, a.kpis.previous.admissionsChangePct],
  'yearly.admission_rate': (a) => a.years.map((y) => y.admissionRate),
  'cell.coverage': (a) => a.cov,
  'cell.without_admission': (a) => a.stagnant,
  'candidate.pipeline': (a) => a.pipe,
};
for (const d of REGISTRY) {
  if (d.family === 'admission') FIGURE[indicatorId(d)] = (a) => [a.profile.flags[d.id], a.byYear.map((y) => y.flags[d.id])];
  if (d.family === 'member') FIGURE[indicatorId(d)] = (a) => a.members;
  if (d.family === 'progress') FIGURE[indicatorId(d)] = (a) => a.progress;
}

/** The tables the warehouse pre-aggregates: what the facts' way must never read. */
const PREAGGREGATED = /\b(member_year|member_flow|admission_year_tree|candidate_year_tree)/;

const SCOPES = {
  data: {
    // the province, a district dissolved on 30/06/2025, its successor, a commune formed by the 2025 merger and below, a cell
    units: ['T01', 'T01.H01', 'T01.H02', 'T01.XM05', 'T01.H02.X03', 'T01.H01.D08.C002'],
    periods: [
      ['2023-01-01', '2023-12-31'],
      ['2025-01-01', '2025-12-31'],
      ['2021-01-01', '2025-12-31'],
      ['2026-01-01', '2026-10-31'],
      ['2025-03-01', '2025-08-31'],
    ],
  },
  'tests/fixtures/golden': {
    units: ['T', 'H1', 'X2', 'X4', 'H2'],
    periods: [
      ['2023-01-01', '2023-12-31'],
      ['2022-01-01', '2023-12-31'],
      ['2023-01-01', '2023-08-31'],
    ],
  },
} as const;

const CLAUSES = [
  [],
  [{ dim: 'sex', values: ['nu'] }],
  [{ dim: 'cell_type', values: ['thon_to_dan_pho', 'co_quan'] }],
  [{ dim: 'ethnic', values: ['dtts'] }],
  [{ dim: 'sex', values: ['nu'] }, { dim: 'occupation', values: ['hoc_sinh', 'nong_dan'] }],
  [{ dim: 'age_band', values: ['18-30'] }],
];

for (const [folder, scope] of Object.entries(SCOPES)) {
  describe(`every indicator of the registry, pre-aggregated and from the facts (${folder})`, () => {
    let d: OpenedDataset;
    let auto: Ctx;
    let facts: Ctx;
    const asked: string[] = [];
    beforeAll(async () => {
      d = await openDataset(folder);
      // every statement asked, to see which tables each way read
      const engine = { ...d.engine, query: (sql: string, ...rest: unknown[]) => (asked.push(sql), (d.engine.query as (...a: unknown[]) => Promise<never>)(sql, ...rest)) } as unknown as Engine;
      auto = makeCtx(engine, d.loaded);
      facts = { ...auto, source: 'facts' };
    }, 120_000);
    afterAll(async () => {
      await d.engine.close();
    });

    it('says where each indicator of the registry stands', () => {
      expect(REGISTRY.map(indicatorId).filter((id) => !FIGURE[id])).toEqual([]);
    });

    for (const unitId of scope.units) {
      it(`${unitId}: the same figures both ways`, async () => {
        let nonZero = 0;
        let preaggregated = 0;
        for (const [from, to] of scope.periods) {
          for (const clauses of CLAUSES) {
            const f = { unitId, from, to, clauses: clauses.map((c) => ({ ...c, values: [...c.values] })) };
            asked.length = 0;
            const a = await answers(auto, f);
            if (asked.some((q) => PREAGGREGATED.test(q))) preaggregated++;
            asked.length = 0;
            const b = await answers(facts, f);
            expect(asked.filter((q) => PREAGGREGATED.test(q))).toEqual([]);
            for (const id of Object.keys(FIGURE)) expect([id, FIGURE[id](a)]).toEqual([id, FIGURE[id](b)]);
            expect(a).toEqual(b);
            if (a.kpis.admissions > 0 && a.kpis.members > 0) nonZero++;
          }
        }
        // the scopes are not all empty: the comparison compares figures
        expect(nonZero).toBeGreaterThan(0);
        // and the page's way does read the pre-aggregated tables
        expect(preaggregated).toBeGreaterThan(0);
      }, 300_000);
    }
  });
}
