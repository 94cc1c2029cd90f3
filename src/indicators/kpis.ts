import { compared, previousFigures, type Comparison } from './comparison';
import type { Filters } from '../filters/filters';
import { comparableAchievementPct } from './achievement';
import { countAdmissions } from './admissions';
import type { Ctx } from './context';
import { countMembersAt } from './members';
import { loadTargets, periodTarget } from './target';
import type { Scope } from '../vocab/scope';

/** The headline figures of a unit and period: the KPI tiles, the report's first lines. */
export interface Kpis {
  admissions: number;
  target: number | null;
  targetMax: number | null;
  /** None without a target, and none while cross-filters narrow the admissions (a target is for all of them). */
  achievementPct: number | null;
  members: number;
  /** The same period a year earlier (cùng kỳ năm trước). */
  previous: Comparison;
}

export async function computeKpis(ctx: Ctx, scope: Scope | Filters): Promise<Kpis> {
  const f: Filters = { clauses: [], ...scope };
  const [admissions, members, targets, before] = await Promise.all([
    countAdmissions(ctx, f),
    countMembersAt(ctx, f, f.to),
    loadTargets(ctx.engine, ctx.loaded.tree),
    previousFigures(ctx, f),
  ]);
  const t = periodTarget(ctx.loaded.tree, targets, f);
  return {
    admissions,
    target: t?.target ?? null,
    targetMax: t?.targetMax ?? null,
    achievementPct: comparableAchievementPct(admissions, t?.target ?? null, f.clauses),
    members,
    previous: compared(before, admissions),
  };
}
