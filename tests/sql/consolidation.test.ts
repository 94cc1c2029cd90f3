import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import { makeCtx, type Ctx } from '../../src/indicators/context';
import { computeKpis } from '../../src/indicators/kpis';
import { memberProfile, memberPyramid } from '../../src/indicators/member-profile';
import { narrativeInput } from '../../src/report/narrative-input';

// The figures at a date that the year-end table cannot give (a date inside a year) are
// counted from the members: asked together, the tiles' count, the profile and the
// pyramid are one query of the coordinator, and each answer is what it is asked alone.
let d: OpenedDataset;
let ctx: Ctx;
beforeAll(async () => {
  d = await openDataset('tests/fixtures/golden');
  ctx = makeCtx(d.engine, d.loaded);
}, 120_000);
afterAll(async () => {
  await d.engine.close();
});

describe('aggregates over the same members merge into one query', () => {
  for (const [unitId, from, to] of [
    ['T', '2023-01-01', '2023-08-31'],
    ['H1', '2022-03-01', '2023-06-30'],
  ]) {
    it(`${unitId} ${from}–${to}: one query, the answers each asked alone`, async () => {
      const f = { unitId, from, to, clauses: [] };
      const before = { ...d.engine.stats };
      const [kpis, profile, pyramid] = await Promise.all([computeKpis(ctx, f), memberProfile(ctx, f), memberPyramid(ctx, f)]);
      expect(d.engine.stats.merged - before.merged).toBe(2);
      // asked alone, each is a query of its own (other columns, so not the cached one)
      const alone = { kpis: await computeKpis(ctx, f), profile: await memberProfile(ctx, f), pyramid: await memberPyramid(ctx, f) };
      expect({ kpis, profile, pyramid }).toEqual(alone);
      expect(profile.count).toBe(kpis.members);
      expect(pyramid.reduce((s, b) => s + b.men + b.women, 0)).toBeGreaterThan(0);
    });
  }

  it('the narrative and the tiles of a part of a year share the members query', async () => {
    const f = { unitId: 'T', from: '2023-01-01', to: '2023-05-31', clauses: [] };
    const before = { ...d.engine.stats };
    const [kpis, story] = await Promise.all([computeKpis(ctx, f), narrativeInput(ctx, f)]);
    expect(d.engine.stats.merged - before.merged).toBeGreaterThanOrEqual(1);
    expect(story.members.count).toBe(kpis.members);
  });
});
