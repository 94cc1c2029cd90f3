/**
 * The roll-up join: a fact row at a unit counts for every ancestor in
 * `unit_ancestor` (parents and, for merged units, successors), built at load.
 * `alias` is the fact table's alias in the query.
 */
export function inSubtree(alias: string): string {
  return subtreeOf(alias, '?', 'unit_ancestor a');
}

/** The rows of `alias` in the subtree of the unit `unit` (an SQL expression), its ancestors read `FROM from`. */
const subtreeOf = (alias: string, unit: string, from: string) => `${alias}.unit_id IN (SELECT a.unit_id FROM ${from} WHERE a.ancestor_id = ${unit})`;

/** The unit `unit` (an SQL expression) and its direct sub-units, read `FROM from` (`units s`, and `v` when bound). */
const groupsOf = (unit: string, from: string) => `SELECT s.unit_id FROM ${from} WHERE ${unit} IN (s.unit_id, s.parent_id, s.successor_id)`;

/**
 * The groups of a side-by-side comparison, as a condition on the
 * `unit_ancestor` row aliased `alias`: the unit bound to the one `?` and its
 * direct sub-units (its children and the units merged into it). Naming the
 * unit alone, one text serves every unit however many sub-units it has (a
 * list of `?` would make each number of sub-units a new statement for the
 * engine to plan while the user waits). It may take in sub-units the caller
 * does not show (those outside the period): callers read only the groups
 * they want, which must be the unit or its direct sub-units.
 */
export function inUnitAndSubUnits(alias: string): string {
  return `${alias}.ancestor_id IN (${groupsOf('?', 'units s')})`;
}

/**
 * The groups of {@link inUnitAndSubUnits} as a CTE `g` (`unit_id`), for a
 * question whose unit is the column `unit` of its one-row CTE `v`: it follows
 * `v` in the WITH (`boundRow(slots, true)`), and the question joins it
 * (`JOIN g ON g.unit_id = <the row's group>`): joined, the groups are
 * worked out once per question, where `IN (SELECT … FROM units s, v …)`
 * was slower.
 */
export const BOUND_GROUPS = `, g AS MATERIALIZED (${groupsOf('v.unit', 'units s, v')})`;

/** {@link inSubtree} for a question whose unit is the column `unit` of its one-row CTE `v` (see `boundRow`). */
export function inBoundSubtree(alias: string): string {
  return subtreeOf(alias, 'v.unit', 'unit_ancestor a, v');
}
