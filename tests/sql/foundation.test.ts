import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import { computeKpis } from '../../src/indicators/kpis';
import { countMembersAt } from '../../src/indicators/members';
import { makeCtx } from '../../src/indicators/context';
import { yearlyAdmissions } from '../../src/indicators/yearly';

// Expected values counted by hand from tests/fixtures/tiny (see its README).
let d: OpenedDataset;
beforeAll(async () => {
  d = await openDataset('tests/fixtures/tiny');
});
afterAll(async () => {
  await d.engine.close();
});

const at = (unitId: string, date: string) => countMembersAt(makeCtx(d.engine, d.loaded), { unitId, from: date, to: date, clauses: [] }, date);
const kpis = (unitId: string, from: string, to: string) => computeKpis(makeCtx(d.engine, d.loaded), { unitId, from, to });

describe('admissions against the target', () => {
  it('a whole year: the province own target (10) wins over its districts (3 + 4)', async () => {
    expect(await kpis('P', '2023-01-01', '2023-12-31')).toMatchObject({
      admissions: 5,
      target: 10,
      targetMax: null,
      achievementPct: 50,
      members: 4,
    });
  });

  it('8 months are compared with the whole year target', async () => {
    const k = await kpis('P', '2023-01-01', '2023-08-31');
    expect([k.admissions, k.target, k.achievementPct]).toEqual([3, 10, 30]);
  });

  it('a district counts its cells, with its own target', async () => {
    const h1 = await kpis('H1', '2023-01-01', '2023-12-31');
    expect([h1.admissions, h1.target, h1.achievementPct, h1.members]).toEqual([3, 3, 100, 2]);
    const h2 = await kpis('H2', '2023-01-01', '2023-12-31');
    expect([h2.admissions, h2.target, h2.achievementPct]).toEqual([2, 4, 50]);
  });

  it('no own target: the sum of the sub-units that have one (2 + 5)', async () => {
    const k = await kpis('P', '2022-01-01', '2022-12-31');
    expect([k.admissions, k.target, k.achievementPct]).toEqual([1, 7, 14.29]);
    const k24 = await kpis('P', '2024-01-01', '2024-12-31');
    expect([k24.admissions, k24.target, k24.achievementPct]).toEqual([1, 6, 16.67]);
  });

  it('a year that no unit has a target for has none', async () => {
    const k = await kpis('P', '2021-01-01', '2021-12-31');
    expect([k.admissions, k.target, k.targetMax, k.achievementPct]).toEqual([1, null, null, null]);
  });

  it('a term target applies to a period of exactly its years', async () => {
    const k = await kpis('P', '2020-01-01', '2022-12-31');
    expect([k.admissions, k.target, k.targetMax, k.achievementPct]).toEqual([3, 12, 15, 25]);
  });

  it('a period across years sums yearly targets only when every year has one', async () => {
    expect((await kpis('P', '2022-01-01', '2023-12-31')).target).toBe(17);
    expect((await kpis('P', '2021-01-01', '2022-12-31')).target).toBeNull();
  });

  it('a merged commune carries the history of the communes merged into it', async () => {
    expect((await kpis('N1', '2023-01-01', '2023-12-31')).admissions).toBe(4);
    expect((await kpis('N1', '2025-01-01', '2025-12-31')).admissions).toBe(1);
    expect((await kpis('P', '2025-01-01', '2025-12-31')).admissions).toBe(1);
  });
});

describe('a target is for all admissions', () => {
  it('under a cross-filter the admissions narrow but nothing is compared with the target', async () => {
    const women = { unitId: 'P', from: '2023-01-01', to: '2023-12-31', clauses: [{ dim: 'sex', values: ['nu'] }] };
    // women admitted in 2023: A1, A3, A5
    expect(await computeKpis(makeCtx(d.engine, d.loaded), women)).toMatchObject({ admissions: 3, target: 10, achievementPct: null });
    const [y2023] = await yearlyAdmissions(makeCtx(d.engine, d.loaded), women, 2023, 2023);
    expect([y2023.admissions, y2023.target, y2023.achievementPct]).toEqual([3, 10, null]);
  });
});

describe('members at a date', () => {
  it('counts those admitted by the date and not left by it', async () => {
    expect(await at('P', '2023-12-31')).toBe(4);
    expect(await at('H1', '2023-12-31')).toBe(2);
  });

  it('a member who left on the date is no longer counted; one admitted that day is', async () => {
    expect(await at('P', '2023-06-30')).toBe(3);
    expect(await at('P', '2023-06-29')).toBe(4);
    expect(await at('P', '2023-08-31')).toBe(4);
    expect(await at('P', '2023-08-30')).toBe(3);
  });
});
