import type { Filters } from '../../filters/filters';
import { admissionProfile } from '../../indicators/admission-profile';
import { cellsWithoutAdmission, coverage } from '../../indicators/cells';
import type { Ctx } from '../../indicators/context';
import { round2, share } from '../../indicators/context';
import { computeKpis } from '../../indicators/kpis';
import { memberChange, memberProfile } from '../../indicators/member-profile';
import type { SubUnitRow } from '../../indicators/subunits';

/**
 * The chosen unit's own figures with the columns of its sub-units: the
 * table's totals row. Not the sum of the rows (merged units overlap in 2025):
 * the headline figures come from `computeKpis`, as the tiles and the report,
 * the rest from the same indicator modules under the same filters.
 */
export async function ownRow(ctx: Ctx, f: Filters, stagnantYears: number): Promise<SubUnitRow> {
  const unit = ctx.loaded.tree.units.get(f.unitId);
  const [kpis, profile, members, change, cov, stagnant] = await Promise.all([
    computeKpis(ctx.engine, ctx.loaded.tree, f, ctx.dims),
    admissionProfile(ctx, f),
    memberProfile(ctx, f),
    memberChange(ctx, f),
    coverage(ctx, f),
    cellsWithoutAdmission(ctx, f, stagnantYears, { sort: 'name', desc: false, limit: 1, offset: 0 }),
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
    membersAtStart: change.start,
    admissionRate: change.start > 0 ? round2((admissions / change.start) * 100) : null,
    aged61Plus: members.aged61Plus,
    aged61Share: share(members.aged61Plus, members.count),
    meanAge: members.meanAge,
    cells: cov.reduce((s, r) => s + r.cells, 0),
    cellsWithAdmission: cov.reduce((s, r) => s + r.withAdmission, 0),
    cellsWithoutAdmission: stagnant.count,
  };
}
