export function achievementPct(count: number, target: number | null): number | null {
  if (target === null || target <= 0) return null;
  return Math.round((count / target) * 100 * 100) / 100;
}

/**
 * Achievement where a target applies to what is counted: a target is set for
 * all admissions of a unit, so while cross-filters narrow them (women only,
 * village cells only, …) there is nothing to compare with.
 */
export function comparableAchievementPct(count: number, target: number | null, clauses: readonly { values: readonly string[] }[]): number | null {
  return clauses.some((c) => c.values.length > 0) ? null : achievementPct(count, target);
}
