import type { Filters } from '../../filters/filters';
import { admissionProfile } from '../../indicators/admission-profile';
import { cellsWithoutAdmissionByType, coverage } from '../../indicators/cells';
import type { Ctx } from '../../indicators/context';
import { round2, share } from '../../indicators/context';
import { computeKpis } from '../../indicators/kpis';
import { memberProfile } from '../../indicators/member-profile';
import { countMembersAt } from '../../indicators/members';
import { dayBefore } from '../../filters/period';
import type { SubUnitRow } from '../../indicators/subunits';

/**
 * The chosen unit's own figures with the columns of its sub-units: the
 * table's totals row. Not the sum of the rows (merged units overlap in 2025):
 * the headline figures come from `computeKpis`, as the tiles and the report,
 * the rest from the same indicator modules under the same filters.
 */
export async function ownRow(ctx: Ctx, f: Filters, stagnantYears: number): Promise<SubUnitRow> {
  const unit = ctx.loaded.tree.units.get(f.unitId);
  const [kpis, profile, members, membersAtStart, cov, stagnant] = await Promise.all([
    computeKpis(ctx.engine, ctx.loaded.tree, f, ctx.dims),
    admissionProfile(ctx, f),
    memberProfile(ctx, f),
    countMembersAt(ctx.engine, f, dayBefore(f.from), ctx.dims),
    coverage(ctx, f),
    // the count only, per cell type (the narrative's question): the list's member counts are not needed here
    cellsWithoutAdmissionByType(ctx, f, stagnantYears),
  ]);
  const admissions = kpis.admissions;
  const memberCount = kpis.members;
  return {
    unitId: f.unitId,
    name: unit?.name ?? f.unitId,
    kind: unit?.kind ?? 'dang_bo',
    type: unit?.type ?? null,
    activeTo: unit?.activeTo ?? null,
    admissions,
    target: kpis.target,
    achievementPct: kpis.achievementPct,
    flags: profile.flags,
    members: memberCount,
    membersAtStart,
    admissionRate: membersAtStart > 0 ? round2((admissions / membersAtStart) * 100) : null,
    aged61Plus: members.aged61Plus,
    aged61Share: share(members.aged61Plus, members.count),
    meanAge: members.meanAge,
    cells: cov.reduce((s, r) => s + r.cells, 0),
    cellsWithAdmission: cov.reduce((s, r) => s + r.withAdmission, 0),
    cellsWithoutAdmission: [...stagnant.values()].reduce((a, b) => a + b, 0),
  };
}
