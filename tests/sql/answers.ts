import type { Filters } from '../../src/filters/filters';
import { admissionProfile, admissionProfileByYear } from '../../src/indicators/admission-profile';
import { admissionBreakdownBySubUnit, memberBreakdown, memberBreakdownBySubUnit } from '../../src/indicators/breakdown';
import { cellsWithoutAdmission, coverage } from '../../src/indicators/cells';
import type { Ctx } from '../../src/indicators/context';
import { computeKpis } from '../../src/indicators/kpis';
import { countMembersAt } from '../../src/indicators/members';
import { memberChange, memberChangeBySubUnit, memberProfile, memberProfileBySubUnit, memberPyramid, memberTrend } from '../../src/indicators/member-profile';
import { pipeline } from '../../src/indicators/pipeline';
import { yearProgress } from '../../src/indicators/progress';
import { subUnitFigures } from '../../src/indicators/subunits';
import { yearlyAdmissions } from '../../src/indicators/yearly';
import { subUnits } from '../../src/model/tree';

/** Every question of a scope the views, the narrative, the snapshot and the report ask, each asked when called. */
export function questions(ctx: Ctx, f: Filters) {
  const y1 = Number(f.from.slice(0, 4));
  const y2 = Number(f.to.slice(0, 4));
  const ids = subUnits(ctx.loaded.tree, f.unitId).map((u) => u.id);
  return {
    kpis: () => computeKpis(ctx, f),
    profile: () => admissionProfile(ctx, f),
    byYear: () => admissionProfileByYear(ctx, f),
    members: () => memberProfile(ctx, f),
    pyramid: () => memberPyramid(ctx, f),
    trend: () => memberTrend(ctx, f, y1 - 2, y2),
    change: () => memberChange(ctx, f),
    changeBySub: async () => [...(await memberChangeBySubUnit(ctx, f, ids))],
    qualification: () => memberBreakdown(ctx, f, 'qualification'),
    education: () => memberBreakdown(ctx, f, 'education'),
    cov: () => coverage(ctx, f, 3),
    stagnant: () => cellsWithoutAdmission(ctx, f, 3, { sort: 'members', desc: true, limit: 20, offset: 0 }),
    pipe: () => pipeline(ctx, f),
    years: () => yearlyAdmissions(ctx, f, y1 - 1, y2),
    subs: () => subUnitFigures(ctx, f, 3),
    breakdownsBySub: async () => [...(await admissionBreakdownBySubUnit(ctx, f, 'occupation', ids))],
    membersBySub: async () => [...(await memberProfileBySubUnit(ctx, f, [f.unitId, ...ids]))],
    memberBreakdownsBySub: () => Promise.all((['education', 'political_theory'] as const).map(async (c) => [...(await memberBreakdownBySubUnit(ctx, f, c, [f.unitId, ...ids]))])),
    atFrom: () => countMembersAt(ctx, f, f.from),
    progress: () => yearProgress(ctx, f),
  };
}

/** Every figure of a scope (see {@link questions}), asked together as a view asks them. */
export async function answers(ctx: Ctx, f: Filters) {
  const q = questions(ctx, f);
  const keys = Object.keys(q) as (keyof typeof q)[];
  const values = await Promise.all(keys.map((k) => q[k]()));
  return Object.fromEntries(keys.map((k, i) => [k, values[i]])) as { [K in keyof typeof q]: Awaited<ReturnType<(typeof q)[K]>> };
}

export type Answers = Awaited<ReturnType<typeof answers>>;
