import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import { makeCtx, type Ctx } from '../../src/indicators/context';
import { subUnitTable } from '../../src/indicators/subunits';
import { share } from '../../src/indicators/context';
import {
  memberChange,
  memberChangeBySubUnit,
  memberChangeBySubUnitCounted,
  memberChangeCounted,
  memberProfile,
  memberProfileCounted,
  memberPyramid,
  memberPyramidCounted,
  memberTrend,
  memberTrendCounted,
} from '../../src/indicators/member-profile';
import { yearChange } from '../../src/indicators/member-years';
import { rollupOf, subUnits } from '../../src/model/tree';

// The year-end table built at load must give exactly what counting the members gives:
// checked on the bundled province for units at every level, merged ones included.
let d: OpenedDataset;
let ctx: Ctx;
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
        expect(await memberProfile(ctx, f)).toEqual(await memberProfileCounted(ctx, f, f.to));
        expect(await memberPyramid(ctx, f)).toEqual(await memberPyramidCounted(ctx, f, f.to));
      }
      const f = { unitId, from: '2023-01-01', to: '2023-12-31', clauses: [] };
      expect(await memberTrend(ctx, f, 2015, 2026)).toEqual(await memberTrendCounted(ctx, f, 2015, 2026));
    });
  }

  it('sub-units side by side: members at the start and end, 61+ and mean age equal the counted members', async () => {
    const f = { unitId: 'T01', from: '2023-01-01', to: '2023-12-31', clauses: [] };
    const rows = await subUnitTable(ctx, f);
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      const sub = { ...f, unitId: r.unitId };
      const end = await memberProfileCounted(ctx, sub, '2023-12-31');
      const start = await memberProfileCounted(ctx, sub, '2022-12-31');
      expect([r.unitId, r.members, r.membersAtStart, r.aged61Plus, r.aged61Share, r.meanAge]).toEqual([
        r.unitId, end.count, start.count, end.aged61Plus, share(end.aged61Plus, end.count), end.meanAge,
      ]);
    }
  });

  it('Biểu 1 (start, admitted, left by reason, end) from the year tables equals the counted members', async () => {
    for (const unitId of UNITS) {
      for (const [from, to] of [['2016-01-01', '2016-12-31'], ['2023-01-01', '2023-12-31'], ['2021-01-01', '2025-12-31'], ['2026-01-01', '2026-12-31']]) {
        const f = { unitId, from, to, clauses: [] };
        expect(await yearChange(ctx.engine, f, ctx.dims)).not.toBeNull(); // the tables answer, not the fallback
        const c = await memberChange(ctx, f);
        expect(c).toEqual(await memberChangeCounted(ctx, f));
        expect(c.start + c.admitted - c.leftTotal).toBe(c.end);
      }
    }
    const f = { unitId: 'T01', from: '2024-01-01', to: '2025-12-31', clauses: [] };
    const ids = subUnits(d.loaded.tree, 'T01').map((u) => u.id);
    expect(ids.length).toBeGreaterThan(5);
    expect(await memberChangeBySubUnit(ctx, f, ids)).toEqual(await memberChangeBySubUnitCounted(ctx, f, ids));
  });

  it('a year outside the table, and a filtered count, take the way back', async () => {
    const f = { unitId: 'T01', from: '2010-01-01', to: '2010-12-31', clauses: [] };
    expect(await memberProfile(ctx, f)).toEqual(await memberProfileCounted(ctx, f, f.to));
    const women = { unitId: 'T01', from: '2023-01-01', to: '2023-12-31', clauses: [{ dim: 'sex', values: ['nu'] }] };
    const p = await memberProfile(ctx, women);
    expect(p.count).toBe(p.women);
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
