import type { Filters } from '../../src/filters/filters';
import { admissionProfile, admissionProfileByYear } from '../../src/indicators/admission-profile';
import { admissionBreakdownBySubUnit, memberBreakdown } from '../../src/indicators/breakdown';
import { cellsWithoutAdmission, coverage } from '../../src/indicators/cells';
import type { Ctx } from '../../src/indicators/context';
import { computeKpis } from '../../src/indicators/kpis';
import { countMembersAt } from '../../src/indicators/members';
import { memberChange, memberChangeBySubUnit, memberProfile, memberPyramid, memberTrend } from '../../src/indicators/member-profile';
import { pipeline } from '../../src/indicators/pipeline';
import { subUnitFigures } from '../../src/indicators/subunits';
import { yearlyAdmissions } from '../../src/indicators/yearly';
import { subUnits } from '../../src/model/tree';

/** Every figure of a scope, by the questions the views, the narrative, the snapshot and the report ask. */
export async function answers(ctx: Ctx, f: Filters) {
  const y1 = Number(f.from.slice(0, 4));
  const y2 = Number(f.to.slice(0, 4));
  const ids = subUnits(ctx.loaded.tree, f.unitId).map((u) => u.id);
  const [kpis, profile, byYear, members, pyramid, trend, change, changeBySub, qualification, education, cov, stagnant, pipe, years, subs, breakdownsBySub, atFrom] = await Promise.all([
    computeKpis(ctx, f),
    admissionProfile(ctx, f),
    admissionProfileByYear(ctx, f),
    memberProfile(ctx, f),
    memberPyramid(ctx, f),
    memberTrend(ctx, f, y1 - 2, y2),
    memberChange(ctx, f),
    memberChangeBySubUnit(ctx, f, ids),
    memberBreakdown(ctx, f, 'qualification'),
    memberBreakdown(ctx, f, 'education'),
    coverage(ctx, f, 3),
    cellsWithoutAdmission(ctx, f, 3, { sort: 'members', desc: true, limit: 20, offset: 0 }),
    pipeline(ctx, f),
    yearlyAdmissions(ctx, f, y1 - 1, y2),
    subUnitFigures(ctx, f, 3),
    admissionBreakdownBySubUnit(ctx, f, 'occupation', ids),
    countMembersAt(ctx, f, f.from),
  ]);
  return { kpis, profile, byYear, members, pyramid, trend, change, changeBySub: [...changeBySub], qualification, education, cov, stagnant, pipe, years, subs, breakdownsBySub: [...breakdownsBySub], atFrom };
}

export type Answers = Awaited<ReturnType<typeof answers>>;
