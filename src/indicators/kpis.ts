import type { Engine } from '../engine/types';
import type { UnitTree } from '../model/tree';
import { achievementPct } from './achievement';
import { countAdmissions } from './admissions';
import { countMembers } from './members';
import { loadTargets, periodTarget } from './target';
import type { Scope } from './types';

/** The headline figures of a unit and period: the KPI tiles, the report's first lines. */
export interface Kpis {
  admissions: number;
  target: number | null;
  targetMax: number | null;
  achievementPct: number | null;
  members: number;
}

export async function computeKpis(engine: Engine, tree: UnitTree, scope: Scope): Promise<Kpis> {
  const admissions = await countAdmissions(engine, scope);
  const members = await countMembers(engine, scope);
  const t = periodTarget(tree, await loadTargets(engine), scope);
  return {
    admissions,
    target: t?.target ?? null,
    targetMax: t?.targetMax ?? null,
    achievementPct: achievementPct(admissions, t?.target ?? null),
    members,
  };
}
