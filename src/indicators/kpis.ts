import type { Engine } from '../engine/types';
import type { Filters } from '../filters/filters';
import type { UnitTree } from '../model/tree';
import { comparableAchievementPct } from './achievement';
import { countAdmissions } from './admissions';
import { DIMENSIONS, type Dimension } from './dimensions';
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
}

export async function computeKpis(engine: Engine, tree: UnitTree, scope: Scope | Filters, dims: readonly Dimension[] = DIMENSIONS): Promise<Kpis> {
  const f: Filters = { clauses: [], ...scope };
  const [admissions, members, targets] = await Promise.all([countAdmissions(engine, f, dims), countMembersAt(engine, f, f.to, dims), loadTargets(engine, tree)]);
  const t = periodTarget(tree, targets, f);
  return {
    admissions,
    target: t?.target ?? null,
    targetMax: t?.targetMax ?? null,
    achievementPct: comparableAchievementPct(admissions, t?.target ?? null, f.clauses),
    members,
  };
}
