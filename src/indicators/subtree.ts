import { raw, sql, type SqlPart, type SqlValue } from '../vocab/sql';

/** The rows of `alias` in the subtree of `unit` (a value bound, or SQL), its ancestors read `FROM from`. */
const subtreeOf = (alias: string, unit: SqlValue | SqlPart, from: string): SqlPart =>
  sql`${raw(alias)}.unit_id IN (SELECT a.unit_id FROM ${raw(from)} WHERE a.ancestor_id = ${unit})`;

/** `unit` (a value bound, or SQL) and its direct sub-units, read `FROM from` (`units s`, and `asked` when bound). */
const groupsOf = (unit: SqlValue | SqlPart, from: string): SqlPart => sql`SELECT s.unit_id FROM ${raw(from)} WHERE ${unit} IN (s.unit_id, s.parent_id, s.successor_id)`;

/** The rows of `unit_ancestor` aliased `alias` whose ancestor is `unit` (a value bound, or SQL) or one of its direct sub-units. */
const inGroupsOf = (alias: string, unit: SqlValue | SqlPart): SqlPart => sql`${raw(alias)}.ancestor_id IN (${groupsOf(unit, 'units s')})`;

/** A placeholder its caller binds: for statements that still list their values by hand. */
const PLACEHOLDER = raw('?');

/**
 * The roll-up join: a fact row at a unit counts for every ancestor in
 * `unit_ancestor` (parents and, for merged units, successors), built at load.
 * `alias` is the fact table's alias in the query.
 */
export function inSubtreeOf(alias: string, unitId: string): SqlPart {
  return subtreeOf(alias, unitId, 'unit_ancestor a');
}

/** {@link inSubtreeOf} with its one `?` left for the caller to bind to the unit. */
export function inSubtree(alias: string): string {
  return subtreeOf(alias, PLACEHOLDER, 'unit_ancestor a').sql;
}

/**
 * The groups of a side-by-side comparison, as a condition on the
 * `unit_ancestor` row aliased `alias`: the unit and its direct sub-units (its
 * children and the units merged into it). Naming the unit alone, one text
 * serves every unit however many sub-units it has (a list of `?` would make
 * each number of sub-units a new statement for the engine to plan while the
 * user waits). It may take in sub-units the caller does not show (those
 * outside the period): callers read only the groups they want, which must be
 * the unit or its direct sub-units.
 */
export function inUnitAndSubUnitsOf(alias: string, unitId: string): SqlPart {
  return inGroupsOf(alias, unitId);
}

/** {@link inUnitAndSubUnitsOf} with its one `?` left for the caller to bind to the unit. */
export function inUnitAndSubUnits(alias: string): string {
  return inGroupsOf(alias, PLACEHOLDER).sql;
}

/** The unit of a question that binds it in its one-row CTE `asked` (see `boundRow`). */
const BOUND_UNIT = raw('asked.unit');

/**
 * The groups of {@link inUnitAndSubUnitsOf} as a CTE `unit_groups` (`unit_id`), for a
 * question whose unit is the column `unit` of its one-row CTE `asked`: it follows
 * `asked` in the WITH (`boundRow(slots, true)`), and the question joins it
 * (`JOIN unit_groups ON unit_groups.unit_id = <the row's group>`): joined, the groups are
 * worked out once per question, where `IN (SELECT … FROM units s, asked …)`
 * was slower.
 */
export const BOUND_GROUPS = `, unit_groups AS MATERIALIZED (${groupsOf(BOUND_UNIT, 'units s, asked').sql})`;

/** {@link inSubtreeOf} for a question whose unit is the column `unit` of its one-row CTE `asked` (see `boundRow`). */
export function inBoundSubtree(alias: string): string {
  return subtreeOf(alias, BOUND_UNIT, 'unit_ancestor a, asked').sql;
}
