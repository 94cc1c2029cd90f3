import type { Filters } from '../filters/filters';
import type { Ctx } from './context';
import { round2 } from './context';
import { comparableAchievementPct } from './achievement';
import { admissionProfileByYear } from './admission-profile';
import { loadTargets, yearTarget } from './target';
import { memberTrend } from './member-profile';

export interface YearRow {
  year: number;
  admissions: number;
  target: number | null;
  targetMax: number | null;
  achievementPct: number | null;
  membersAtStart: number;
  admissionRate: number | null;
}

/**
 * Per calendar year from `fromYear` to `toYear`: admissions against the year's
 * target, and the admission rate. A year cut by the data date counts what the data has.
 */
export async function yearlyAdmissions(ctx: Ctx, f: Filters, fromYear: number, toYear: number): Promise<YearRow[]> {
  // the per-year profile of the whole span: the same question as the overview's composition trend
  const [adm, ends, targets] = await Promise.all([
    admissionProfileByYear(ctx, { ...f, from: `${fromYear}-01-01`, to: `${toYear}-12-31` }),
    // members at the start of year Y are those at the end of Y − 1
    memberTrend(ctx, f, fromYear - 1, toYear - 1),
    loadTargets(ctx.engine, ctx.loaded.tree),
  ]);
  const rows = [];
  for (let y = fromYear; y <= toYear; y++) {
    rows.push({ year: y, admissions: adm.find((r) => r.year === y)?.count ?? 0, members_start: ends.find((e) => e.year === y - 1)?.count ?? 0 });
  }
  return rows.map((r) => {
    const t = yearTarget(ctx.loaded.tree, targets, f.unitId, r.year);
    return {
      year: r.year,
      admissions: r.admissions,
      target: t?.target ?? null,
      targetMax: t?.targetMax ?? null,
      achievementPct: comparableAchievementPct(r.admissions, t?.target ?? null, f.clauses),
      membersAtStart: r.members_start,
      admissionRate: r.members_start > 0 ? round2((r.admissions / r.members_start) * 100) : null,
    };
  });
}
