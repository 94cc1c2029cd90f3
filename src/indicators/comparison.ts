import type { Filters } from '../filters/filters';
import { previousPeriod } from '../filters/period';
import { countAdmissions } from './admissions';
import { round2, type Ctx } from './context';
import { countMembersAt } from './members';

/** The same period of the year before, and how the period's admissions compare with it (cùng kỳ). */
export interface Comparison {
  from: string;
  to: string;
  admissions: number;
  members: number;
  /** This period's admissions minus the earlier one's. */
  admissionsChange: number;
  /** That change over the earlier admissions × 100, two decimals; none when there were none. */
  admissionsChangePct: number | null;
}

/** The admissions and members of the same period a year earlier (`previousPeriod`), under the same unit and clauses. */
export async function previousFigures(ctx: Ctx, f: Filters): Promise<Pick<Comparison, 'from' | 'to' | 'admissions' | 'members'>> {
  const prev = { ...f, ...previousPeriod(f) };
  const [admissions, members] = await Promise.all([countAdmissions(ctx, prev), countMembersAt(ctx, prev, prev.to)]);
  return { from: prev.from, to: prev.to, admissions, members };
}

/** This period's `admissions` against the earlier figures. */
export function compared(before: Pick<Comparison, 'from' | 'to' | 'admissions' | 'members'>, admissions: number): Comparison {
  const change = admissions - before.admissions;
  return { ...before, admissionsChange: change, admissionsChangePct: before.admissions > 0 ? round2((change / before.admissions) * 100) : null };
}
