import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import { makeCtx, type Ctx } from '../../src/indicators/context';
import type { Engine, QueryOptions, Row, SqlValue } from '../../src/engine/types';
import { periodSubUnits, subUnitFigures, subUnitTable } from '../../src/indicators/subunits';
import { computeKpis } from '../../src/indicators/kpis';
import {
  admissionProfile,
  admissionProfileBySubUnit,
  admissionProfileByYear,
} from '../../src/indicators/admission-profile';
import { cellsWithoutAdmission, cellsWithoutAdmissionByType, coverage } from '../../src/indicators/cells';
import { countMembersAt } from '../../src/indicators/members';
import { dayBefore } from '../../src/filters/period';
import { share } from '../../src/indicators/context';
import {
  memberChange,
  memberChangeBySubUnit,
  memberProfile,
  memberPyramid,
  memberTrend,
} from '../../src/indicators/member-profile';
import { stockYearOf, tableWhere, yearChange, yearEndStock } from '../../src/indicators/member-years';
import { pipeline } from '../../src/indicators/pipeline';
import { admissionBreakdown, admissionBreakdownBySubUnit, memberBreakdown } from '../../src/indicators/breakdown';
import { rollupOf, subUnits } from '../../src/model/tree';

// The year-end table built at load must give exactly what counting the members gives:
// checked on the bundled province for units at every level, merged ones included.
let d: OpenedDataset;
let ctx: Ctx;
/** The same questions answered from the facts alone (see `src/indicators/two-ways.ts`). */
const factsOf = (c: Ctx): Ctx => ({ ...c, source: 'facts' });
beforeAll(async () => {
  d = await openDataset('data');
  ctx = makeCtx(d.engine, d.loaded);
}, 120_000);
afterAll(async () => {
  await d.engine.close();
});

const UNITS = ['T01', 'T01.H02', 'T01.XM05', 'T01.H02.X03', 'T01.H02.X03.C001'];

describe('year-end member stocks', () => {
  for (const unitId of UNITS) {
    it(`${unitId}: profile, pyramid and trend equal the counted members`, async () => {
      for (const year of [2016, 2021, 2025]) {
        const f = { unitId, from: `${year}-01-01`, to: `${year}-12-31`, clauses: [] };
        expect(await memberProfile(ctx, f)).toEqual(await memberProfile(factsOf(ctx), f, f.to));
        expect(await memberPyramid(ctx, f)).toEqual(await memberPyramid(factsOf(ctx), f, f.to));
      }
      const f = { unitId, from: '2023-01-01', to: '2023-12-31', clauses: [] };
      expect(await memberTrend(ctx, f, 2015, 2026)).toEqual(await memberTrend(factsOf(ctx), f, 2015, 2026));
    });
  }

  it('sub-units side by side: members at the start and end, 61+ and mean age equal the counted members', async () => {
    for (const clauses of [[], WOMEN, VILLAGES]) {
      const f = { unitId: 'T01', from: '2023-01-01', to: '2023-12-31', clauses };
      const rows = await subUnitTable(ctx, f);
      expect(rows.length).toBeGreaterThan(5);
      for (const r of rows) {
        const sub = { ...f, unitId: r.unitId };
        const end = await memberProfile(factsOf(ctx), sub, '2023-12-31');
        const start = await memberProfile(factsOf(ctx), sub, '2022-12-31');
        expect([r.unitId, r.members, r.membersAtStart, r.aged61Plus, r.aged61Share, r.meanAge]).toEqual([
          r.unitId, end.count, start.count, end.aged61Plus, share(end.aged61Plus, end.count), end.meanAge,
        ]);
      }
    }
  });

  it('Biểu 1 (start, admitted, left by reason, end) from the year tables equals the counted members', async () => {
    for (const unitId of UNITS) {
      for (const [from, to] of [['2016-01-01', '2016-12-31'], ['2023-01-01', '2023-12-31'], ['2021-01-01', '2025-12-31'], ['2026-01-01', '2026-12-31']]) {
        const f = { unitId, from, to, clauses: [] };
        expect(await yearChange(ctx.engine, f, ctx.dims)).not.toBeNull(); // the tables answer, not the fallback
        const c = await memberChange(ctx, f);
        expect(c).toEqual(await memberChange(factsOf(ctx), f));
        expect(c.start + c.admitted - c.leftTotal).toBe(c.end);
      }
    }
    const f = { unitId: 'T01', from: '2024-01-01', to: '2025-12-31', clauses: [] };
    const ids = subUnits(d.loaded.tree, 'T01').map((u) => u.id);
    expect(ids.length).toBeGreaterThan(5);
    expect(await memberChangeBySubUnit(ctx, f, ids)).toEqual(await memberChangeBySubUnit(factsOf(ctx), f, ids));
  });

  it('a date on or after the last event of the data (the year to date) is its year-end stock; a date before it is counted', async () => {
    expect(d.loaded.dataDate).toBe('2026-10-31');
    for (const unitId of UNITS) {
      for (const to of ['2026-10-31', '2026-11-15']) {
        const f = { unitId, from: '2026-01-01', to, clauses: [] };
        expect(await yearEndStock(ctx.engine, f, ctx.dims, to)).not.toBeNull();
        expect(await memberProfile(ctx, f)).toEqual(await memberProfile(factsOf(ctx), f, to));
        expect(await memberPyramid(ctx, f)).toEqual(await memberPyramid(factsOf(ctx), f, to));
        expect(await yearChange(ctx.engine, f, ctx.dims)).not.toBeNull();
        expect(await memberChange(ctx, f)).toEqual(await memberChange(factsOf(ctx), f));
      }
      const mid = { unitId, from: '2026-01-01', to: '2026-06-30', clauses: [] };
      expect(await yearEndStock(ctx.engine, mid, ctx.dims, mid.to)).toBeNull();
      expect(await yearChange(ctx.engine, mid, ctx.dims)).toBeNull();
      expect(await memberProfile(ctx, mid)).toEqual(await memberProfile(factsOf(ctx), mid, mid.to));
    }
  });

  // a cross-filter on sex or on a column of the units is applied by the tables; others are counted
  const WOMEN = [{ dim: 'sex', values: ['nu'] }];
  const VILLAGES = [{ dim: 'cell_type', values: ['thon_to_dan_pho'] }];
  const BOTH = [...WOMEN, { dim: 'cell_type', values: ['thon_to_dan_pho', 'co_quan'] }];
  it('cross-filters on sex and cell type: the tables give what counting the members gives', async () => {
    for (const unitId of UNITS) {
      for (const clauses of [WOMEN, VILLAGES, BOTH]) {
        for (const [from, to] of [['2023-01-01', '2023-12-31'], ['2021-01-01', '2025-12-31'], ['2026-01-01', '2026-10-31']]) {
          const f = { unitId, from, to, clauses };
          expect(await yearEndStock(ctx.engine, f, ctx.dims, to)).not.toBeNull();
          expect(await memberProfile(ctx, f)).toEqual(await memberProfile(factsOf(ctx), f, to));
          expect(await memberPyramid(ctx, f)).toEqual(await memberPyramid(factsOf(ctx), f, to));
          expect(await yearChange(ctx.engine, f, ctx.dims)).not.toBeNull();
          expect(await memberChange(ctx, f)).toEqual(await memberChange(factsOf(ctx), f));
          for (const col of ['qualification', 'political_theory'] as const) expect(await memberBreakdown(ctx, f, col)).toEqual(await memberBreakdown(factsOf(ctx), f, col));
        }
        const f = { unitId, from: '2023-01-01', to: '2023-12-31', clauses };
        expect(await memberTrend(ctx, f, 2015, 2026)).toEqual(await memberTrend(factsOf(ctx), f, 2015, 2026));
      }
    }
    const ids = subUnits(d.loaded.tree, 'T01').map((u) => u.id);
    const f = { unitId: 'T01', from: '2024-01-01', to: '2025-12-31', clauses: BOTH };
    expect(await memberChangeBySubUnit(ctx, f, ids)).toEqual(await memberChangeBySubUnit(factsOf(ctx), f, ids));
  });

  it('the rolled-up tables and the per-unit tables give the same figures (a unit column the roll-up lacks takes the per-unit way)', async () => {
    // an extra column of units.csv that copies the cell type: the roll-up keeps no such column
    const copy = { ...ctx.dims.find((x) => x.id === 'cell_type')!, id: 'u.type_copy' };
    const asked: string[] = [];
    const spy = { ...ctx.engine, query: (sql: string, params?: readonly unknown[]) => (asked.push(sql), ctx.engine.query(sql, params as never)) } as typeof ctx.engine;
    const viaTree = makeCtx(spy, d.loaded);
    const viaUnits = { ...viaTree, dims: [...ctx.dims, copy] };
    for (const unitId of ['T01', 'T01.XM05', 'T01.H02.X03']) {
      const ids = subUnits(d.loaded.tree, unitId).map((u) => u.id);
      for (const [from, to] of [['2023-01-01', '2023-12-31'], ['2021-01-01', '2025-12-31']]) {
        const tree = { unitId, from, to, clauses: [...WOMEN, { dim: 'cell_type', values: ['thon_to_dan_pho'] }] };
        const units = { unitId, from, to, clauses: [...WOMEN, { dim: 'u.type_copy', values: ['thon_to_dan_pho'] }] };
        asked.length = 0;
        const a = [await memberProfile(viaTree, tree), await memberChange(viaTree, tree), await memberChangeBySubUnit(viaTree, tree, ids), await memberBreakdown(viaTree, tree, 'qualification')];
        expect(asked.some((q) => q.includes('member_year_tree'))).toBe(true);
        expect(asked.some((q) => q.includes('member_flow_tree'))).toBe(true);
        asked.length = 0;
        const b = [await memberProfile(viaUnits, units), await memberChange(viaUnits, units), await memberChangeBySubUnit(viaUnits, units, ids), await memberBreakdown(viaUnits, units, 'qualification')];
        expect(asked.some((q) => q.includes('_tree'))).toBe(false);
        expect(asked.some((q) => q.includes('FROM member_year y'))).toBe(true);
        expect(b).toEqual(a);
        expect((a[0] as { count: number }).count).toBeGreaterThan(0);
      }
    }
  });

  it('unfiltered breakdowns at a year end and at the data date come from the table and equal the counted members', async () => {
    for (const unitId of UNITS) {
      for (const to of ['2016-12-31', '2023-12-31', '2026-10-31', '2026-06-30']) {
        const f = { unitId, from: `${to.slice(0, 4)}-01-01`, to, clauses: [] };
        for (const col of ['qualification', 'political_theory'] as const) expect(await memberBreakdown(ctx, f, col)).toEqual(await memberBreakdown(factsOf(ctx), f, col));
      }
    }
  });

  it('tableWhere: sex and unit columns in the tables, other member clauses not, admission-only clauses ignored', () => {
    const f = (clauses: { dim: string; values: string[] }[]) => ({ unitId: 'T01', from: '2023-01-01', to: '2023-12-31', clauses });
    expect(tableWhere(f([]), ctx.dims, 'y')).toEqual({ sql: 'TRUE', params: [] });
    expect(tableWhere(f(BOTH), ctx.dims, 'y')?.params).toEqual(['nu', 'thon_to_dan_pho', 'co_quan']);
    expect(tableWhere(f([{ dim: 'age_band', values: ['18-30'] }]), ctx.dims, 'y')).toEqual({ sql: 'TRUE', params: [] });
    expect(tableWhere(f([{ dim: 'ethnic', values: ['dtts'] }]), ctx.dims, 'y')).toBeNull();
    expect(tableWhere(f([...WOMEN, { dim: 'qualification', values: ['dai_hoc'] }]), ctx.dims, 'y')).toBeNull();
  });

  it('the list of cells without admissions: members and members aged 61+ equal the counted members of each cell', async () => {
    for (const [from, to] of [['2023-01-01', '2023-12-31'], ['2026-01-01', '2026-10-31'], ['2023-01-01', '2023-08-31']]) {
      const f = { unitId: 'T01.H02', from, to, clauses: [] };
      const { cells } = await cellsWithoutAdmission(ctx, f, 3, { sort: 'members', desc: true, limit: 25, offset: 0 });
      expect(cells.length).toBeGreaterThan(5);
      for (const c of cells) {
        const p = await memberProfile(factsOf(ctx), { ...f, unitId: c.unitId }, to);
        expect([c.unitId, c.members, c.aged61Plus]).toEqual([c.unitId, p.count, p.aged61Plus]);
      }
    }
  });

  it('stockYearOf: a 31/12 inside the tables, or a date on or after the last event', () => {
    const span = { lo: 2015, hi: 2026, lastEvent: '2026-10-31' };
    expect(stockYearOf('2020-12-31', span)).toBe(2020);
    expect(stockYearOf('2020-12-30', span)).toBeNull();
    expect(stockYearOf('2026-10-31', span)).toBe(2026);
    expect(stockYearOf('2026-10-30', span)).toBeNull();
    expect(stockYearOf('2014-12-31', span)).toBeNull();
    expect(stockYearOf('2027-01-31', span)).toBeNull();
  });

  it('a year outside the table, and a clause the tables cannot apply, take the way back', async () => {
    const f = { unitId: 'T01', from: '2010-01-01', to: '2010-12-31', clauses: [] };
    expect(await memberProfile(ctx, f)).toEqual(await memberProfile(factsOf(ctx), f, f.to));
    const minority = { unitId: 'T01', from: '2023-01-01', to: '2023-12-31', clauses: [{ dim: 'ethnic', values: ['dtts'] }] };
    expect(await yearEndStock(ctx.engine, minority, ctx.dims, minority.to)).toBeNull();
    const p = await memberProfile(ctx, minority);
    expect(p).toEqual(await memberProfile(factsOf(ctx), minority, minority.to));
    expect(p.count).toBe(p.ethnicMinority);
  });
});

describe('admission profiles added up from whole years', () => {
  // whole years (and the year to date) are added up from the per-year question; others are asked directly
  const periods = [
    ['2023-01-01', '2023-12-31'],
    ['2021-01-01', '2025-12-31'],
    ['2016-01-01', '2026-12-31'],
    ['2026-01-01', '2026-10-31'],
    ['2026-01-01', '2026-06-30'],
    ['2023-03-01', '2023-12-31'],
  ];
  for (const unitId of UNITS) {
    it(`${unitId}: profile and per-year profile equal the admissions asked directly`, async () => {
      for (const [from, to] of periods) {
        // sex and cell type are read from the rolled-up years; any other clause from the admissions
        const clauseSets = [[], [{ dim: 'sex', values: ['nu'] }], [{ dim: 'cell_type', values: ['thon_to_dan_pho', 'co_quan'] }], [{ dim: 'sex', values: ['nu'] }, { dim: 'occupation', values: ['hoc_sinh', 'nong_dan'] }]];
        for (const clauses of clauseSets) {
          const f = { unitId, from, to, clauses };
          expect(await admissionProfile(ctx, f)).toEqual(await admissionProfile(factsOf(ctx), f));
          expect(await admissionProfileByYear(ctx, f)).toEqual(await admissionProfileByYear(factsOf(ctx), f));
        }
      }
    });
  }
  it('the bundled province has admissions in those periods', async () => {
    expect((await admissionProfile(ctx, { unitId: 'T01', from: '2026-01-01', to: '2026-10-31', clauses: [] })).count).toBeGreaterThan(100);
    expect((await admissionProfile(ctx, { unitId: 'T01', from: '2023-01-01', to: '2023-12-31', clauses: [] })).meanAge).not.toBeNull();
  });
});

describe('the Đơn vị totals row', () => {
  // the unit as one more group of the sub-units' questions gives what the tiles, the profiles and the cells give
  const periods = [
    ['2023-01-01', '2023-12-31'],
    ['2021-01-01', '2025-12-31'],
    ['2026-01-01', '2026-10-31'],
    ['2023-03-01', '2023-08-31'],
  ];
  for (const unitId of ['T01', 'T01.H02', 'T01.XM05', 'T01.H02.X03']) {
    it(`${unitId}: equals the unit's own indicators`, async () => {
      let compared = 0;
      for (const [from, to] of periods) {
        // sex and cell type are read from the rolled-up years; any other clause from the admissions
        const clauseSets = [[], [{ dim: 'sex', values: ['nu'] }], [{ dim: 'cell_type', values: ['thon_to_dan_pho', 'co_quan'] }], [{ dim: 'sex', values: ['nu'] }, { dim: 'occupation', values: ['hoc_sinh', 'nong_dan'] }]];
        for (const clauses of clauseSets) {
          const f = { unitId, from, to, clauses };
          const { own } = await subUnitFigures(ctx, f, 3);
          const [kpis, profile, members, atStart, cov, stagnant] = await Promise.all([
            computeKpis(ctx, f),
            admissionProfile(ctx, f),
            memberProfile(ctx, f),
            countMembersAt(ctx, f, dayBefore(from)),
            coverage(ctx, f),
            cellsWithoutAdmissionByType(ctx, f, 3),
          ]);
          // no sub-unit active in the period: no table, no totals row
          expect(own === null).toBe(periodSubUnits(ctx, f).length === 0);
          if (own === null) continue;
          compared++;
          expect(own).toMatchObject({
            unitId,
            admissions: kpis.admissions,
            target: kpis.target,
            achievementPct: kpis.achievementPct,
            flags: profile.flags,
            members: kpis.members,
            membersAtStart: atStart,
            aged61Plus: members.aged61Plus,
            aged61Share: share(members.aged61Plus, members.count),
            meanAge: members.meanAge,
            cells: cov.reduce((s, r) => s + r.cells, 0),
            cellsWithAdmission: cov.reduce((s, r) => s + r.withAdmission, 0),
            cellsWithoutAdmission: [...stagnant.values()].reduce((a, b) => a + b, 0),
          });
        }
      }
      expect(compared).toBeGreaterThanOrEqual(6);
    });
  }
});

describe('sub-units side by side, grouped by the unit alone', () => {
  // the grouped questions name the unit and take in its children and the units merged into it:
  // each group must equal that sub-unit asked alone (T01.XM05 was formed in 2025 from merged communes)
  // whole years come from the rolled-up years (with sex and cell type too), other periods from the admissions;
  // Biểu 2's breakdowns (occupation, education, qualification) are compared with the admissions counted
  const cases: [string, string, string, { dim: string; values: string[] }[]][] = [
    ['T01', '2023-01-01', '2023-12-31', []],
    ['T01.XM05', '2025-01-01', '2025-12-31', []],
    ['T01.H02', '2021-01-01', '2025-12-31', []],
    ['T01', '2026-01-01', '2026-10-31', [{ dim: 'sex', values: ['nu'] }, { dim: 'cell_type', values: ['thon_to_dan_pho'] }]],
    ['T01.H01', '2024-03-01', '2025-06-30', [{ dim: 'sex', values: ['nu'] }]],
  ];
  for (const [unitId, from, to, clauses] of cases) {
    it(`${unitId}, ${from} – ${to}${clauses.length ? ' with clauses' : ''}: every group equals its sub-unit asked alone`, async () => {
      const f = { unitId, from, to, clauses };
      const subs = periodSubUnits(ctx, f);
      if (unitId === 'T01.XM05') expect(subs.some((u) => u.parentId !== unitId)).toBe(true); // merged communes are among them
      const ids = [unitId, ...subs.map((u) => u.id)];
      const lists = ['occupation', 'education', 'qualification'] as const;
      const [{ rows, own }, profiles, changes, ...breakdowns] = await Promise.all([
        subUnitFigures(ctx, f, 3),
        admissionProfileBySubUnit(ctx, f, ids),
        memberChangeBySubUnit(factsOf(ctx), f, ids),
        ...lists.map((list) => admissionBreakdownBySubUnit(ctx, f, list, ids)),
      ]);
      expect(rows.map((r) => r.unitId)).toEqual(subs.map((u) => u.id));
      for (const r of [own!, ...rows]) {
        const sub = { ...f, unitId: r.unitId };
        const [kpis, profile, change, cov, ...breakdown] = await Promise.all([
          computeKpis(ctx, sub),
          admissionProfile(factsOf(ctx), sub),
          memberChange(factsOf(ctx), sub),
          coverage(ctx, sub),
          ...lists.map((list) => admissionBreakdown(ctx, sub, list)),
        ]);
        expect([r.unitId, r.admissions, r.flags, r.members, r.cells]).toEqual([r.unitId, kpis.admissions, profile.flags, kpis.members, cov.reduce((s, c) => s + c.cells, 0)]);
        expect(profiles.get(r.unitId)).toEqual(profile);
        expect(breakdowns.map((b) => b.get(r.unitId))).toEqual(breakdown);
        expect(changes.get(r.unitId)).toEqual(change);
      }
    });
  }
});

describe('a cross-filter on sex or cell type', () => {
  // the questions on the rolled-up tables bind sex and cell type in their places whether a clause names them
  // or not, so that a click on either asks statements the engine has already prepared and planned
  it('asks the same statement texts as no cross-filter, with other values, and the same answers as the facts counted', async () => {
    const texts: string[][] = [];
    for (const clauses of [[], [{ dim: 'sex', values: ['nu'] }], [{ dim: 'cell_type', values: ['thon_to_dan_pho', 'co_quan'] }], [{ dim: 'sex', values: ['nam'] }, { dim: 'cell_type', values: ['truong_hoc'] }]]) {
      const asked = new Set<string>();
      const engine: Engine = { ...ctx.engine, query: <T extends Row>(sql: string, params?: readonly SqlValue[], o?: QueryOptions) => (asked.add(sql), ctx.engine.query<T>(sql, params, o)) };
      const c: Ctx = { ...ctx, engine };
      const f = { unitId: 'T01.H02', from: '2025-01-01', to: '2025-12-31', clauses };
      const ids = ['T01.H02', ...periodSubUnits(c, f).map((u) => u.id)];
      await Promise.all([memberProfile(c, f), memberChange(c, f), memberChangeBySubUnit(c, f, ids), admissionProfile(c, f), admissionProfileBySubUnit(c, f, ids), subUnitFigures(c, f, 3), coverage(c, f)]);
      expect(await memberChange(ctx, f)).toEqual(await memberChange(factsOf(ctx), f));
      expect(await admissionProfile(ctx, f)).toEqual(await admissionProfile(factsOf(ctx), f));
      texts.push([...asked].filter((t) => t.trimStart().startsWith('WITH asked AS MATERIALIZED')).sort());
    }
    // the stock, Biểu 1 (alone and per sub-unit), the admission years and per sub-unit, the sub-units' stock
    expect(texts[0].length).toBeGreaterThanOrEqual(6);
    for (const t of texts.slice(1)) expect(t).toEqual(texts[0]);
  });
});

describe('the source pipeline from the years rolled up the unit tree', () => {
  it('equals the candidates counted, for whole years and the year to date; other periods count the candidates', async () => {
    const asked: string[] = [];
    const spy = { ...ctx.engine, query: (sql: string, params?: readonly unknown[]) => (asked.push(sql), ctx.engine.query(sql, params as never)) } as typeof ctx.engine;
    const viaYears = makeCtx(spy, d.loaded);
    let seen = 0;
    for (const unitId of ['T01', 'T01.H01', 'T01.XM05', 'T01.H02.X03']) {
      for (const [from, to, rolled] of [
        ['2023-01-01', '2023-12-31', true],
        ['2021-01-01', '2025-12-31', true],
        ['2016-01-01', '2016-12-31', true],
        ['2026-01-01', '2026-10-31', true], // the data's last date: nothing later
        ['2026-01-01', '2026-06-30', false],
        ['2024-03-01', '2025-12-31', false],
      ] as const) {
        const f = { unitId, from, to, clauses: [] };
        asked.length = 0;
        const p = await pipeline(viaYears, f);
        expect(asked.some((q) => q.includes('candidate_year_tree')), `${unitId} ${from}–${to}`).toBe(rolled);
        expect(p, `${unitId} ${from}–${to}`).toEqual(await pipeline(factsOf(ctx), f));
        seen += p.listed + p.inPipelineAtEnd;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('roll-up in memory', () => {
  it('rollupOf gives, for every unit, the rows of unit_ancestor', async () => {
    const rows = await d.engine.query<{ unit_id: string; ancestor_id: string }>('SELECT unit_id, ancestor_id FROM unit_ancestor');
    const fromSql = new Map<string, string[]>();
    for (const r of rows) fromSql.set(r.ancestor_id, [...(fromSql.get(r.ancestor_id) ?? []), r.unit_id]);
    expect(fromSql.size).toBe(d.loaded.tree.units.size);
    for (const [a, units] of fromSql) expect([...rollupOf(d.loaded.tree, a)].sort()).toEqual(units.sort());
  });
});
