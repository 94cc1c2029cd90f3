import type { SqlValue } from '../engine/types';
import type { Clause, Filters } from '../filters/filters';
import type { Dimension, Fact } from './dimensions';
import { BOUND_GROUPS, inSubtree } from './subtree';

/** A piece of SQL and the values its `?` bind, in order. */
export interface SqlPart {
  sql: string;
  params: SqlValue[];
}

export const and = (...parts: SqlPart[]): SqlPart => ({
  sql: parts.map((p) => `(${p.sql})`).join(' AND '),
  params: parts.flatMap((p) => p.params),
});

/**
 * The clauses that apply to a fact, as `expr IN (?, …)` joined by AND. A
 * clause on a dimension the fact lacks (the age at admission, for members) or
 * on an unknown dimension does not narrow it.
 */
export function clausesWhere(fact: Fact, clauses: readonly Clause[], dims: readonly Dimension[], alias: string): SqlPart {
  const parts: SqlPart[] = [];
  for (const c of clauses) {
    const expr = dims.find((d) => d.id === c.dim)?.expr[fact];
    if (!expr || c.values.length === 0) continue;
    parts.push({ sql: `(${expr(alias)}) IN (${c.values.map(() => '?').join(', ')})`, params: [...c.values] });
  }
  return parts.length ? and(...parts) : { sql: 'TRUE', params: [] };
}

/**
 * A value of a question bound once, as a column of its one-row CTE `v`: the
 * column's name, the expression its `?` stands in, and the value.
 */
export type Slot = readonly [name: string, expr: string, value: SqlValue];

/**
 * `WITH v AS MATERIALIZED (SELECT <expr> AS <name>, …)` and its values: the
 * head of a question that reads its values as columns of `v`. A `?` standing
 * in a filter makes DuckDB plan a prepared statement again at every run (see
 * `plannedOnce`); standing in this one row, it does not, so the question is
 * planned once without one join per `?`. With `groups`, the CTE `g` of the
 * unit named `unit` and its direct sub-units follows (see {@link BOUND_GROUPS}).
 * Empty without slots.
 */
export function boundRow(slots: readonly Slot[], groups = false): SqlPart {
  if (slots.length === 0) return { sql: '', params: [] };
  const v = `WITH v AS MATERIALIZED (SELECT ${slots.map(([name, expr]) => `${expr} AS ${name}`).join(', ')})`;
  return { sql: groups ? `${v}${BOUND_GROUPS}` : v, params: slots.map(([, , value]) => value) };
}

/** Separates the values of a clause bound as one text (`string_split` makes them a list in `v`). */
const SEP = '\u001f';

/** The dimensions that always have their place in `v` (see {@link dimensionSlots}). */
const SLOTTED = ['sex', 'cell_type'] as const;

/**
 * The places of sex and cell type in a question's `v`, whether a clause
 * names them or not (a flag for "all", and the values as a list), and the
 * clauses left to bind their own `?`: those on other dimensions, and sex or
 * cell type when a value holds the separator or the dimension has two
 * clauses. A click on sex or cell type then asks the same statement again: a
 * new statement would be prepared and planned while the user waits.
 */
function dimensionSlots(clauses: readonly Clause[]): { slots: Slot[]; rest: Clause[] } {
  const slots: Slot[] = [];
  const rest = clauses.filter((c) => !(SLOTTED as readonly string[]).includes(c.dim));
  for (const dim of SLOTTED) {
    const mine = clauses.filter((c) => c.dim === dim && c.values.length > 0);
    const values = mine.length === 1 && !mine[0].values.some((v) => v.includes(SEP)) ? mine[0].values : null;
    if (!values) rest.push(...mine);
    slots.push([`${dim}_all`, '?::BOOLEAN', !values], [`${dim}_in`, 'string_split(?::VARCHAR, chr(31))', (values ?? []).join(SEP)]);
  }
  return { slots, rest };
}

/** The condition of a slotted dimension on `expr`: all, or the values of its place in `v`. */
const slotCondition = (dim: string, expr: string) => `(v.${dim}_all OR list_contains(v.${dim}_in, ${expr}))`;

/** A condition on the rows of a rolled-up table, reading its values from `v`: the slots it adds to `v`, and its SQL. */
export interface RollupWhere {
  slots: Slot[];
  sql: string;
}

/**
 * The clauses as a condition on rows of a table rolled up the unit tree
 * (`member_year_tree`, `member_flow_tree`, `admission_year_tree`), which keep
 * `sex` and `cell_type` (their places in `v`, see {@link dimensionSlots}):
 * null when another clause narrows the fact (the caller then reads the
 * per-unit rows or the facts).
 */
export function rollupWhere(fact: 'members' | 'admissions', clauses: readonly Clause[], dims: readonly Dimension[], alias: string): RollupWhere | null {
  const { slots, rest } = dimensionSlots(clauses);
  if (rest.some((c) => c.values.length > 0 && dims.find((d) => d.id === c.dim)?.expr[fact])) return null; // narrows the fact (as in clausesWhere)
  return { slots, sql: SLOTTED.map((dim) => slotCondition(dim, `${alias}.${dim}`)).join(' AND ') };
}

/** Admissions of the unit's subtree dated in the period, narrowed by the clauses. */
export function admissionsWhere(f: Filters, dims: readonly Dimension[], alias = 'a'): SqlPart {
  return and({ sql: inSubtree(alias), params: [f.unitId] }, admissionsInPeriod(f, dims, alias));
}

/** Admissions dated in the period, narrowed by the clauses, at any unit: for a query already kept to the unit's cells. */
export function admissionsInPeriod(f: Filters, dims: readonly Dimension[], alias = 'a'): SqlPart {
  return and({ sql: `${alias}.admitted_on BETWEEN ?::DATE AND ?::DATE`, params: [f.from, f.to] }, clausesWhere('admissions', f.clauses, dims, alias));
}

/** Members of the unit's subtree at `date`, narrowed by the clauses. */
export function membersWhere(f: Filters, dims: readonly Dimension[], date: string, alias = 'm'): SqlPart {
  return and(
    { sql: inSubtree(alias), params: [f.unitId] },
    { sql: `${alias}.admitted_on <= ?::DATE AND (${alias}.left_on IS NULL OR ${alias}.left_on > ?::DATE)`, params: [date, date] },
    clausesWhere('members', f.clauses, dims, alias),
  );
}

/** Active cells (chi bộ) of the subtree: `active_from` empty or ≤ the period's end, `active_to` empty or ≥ its start. */
export function cellsWhere(f: Filters, dims: readonly Dimension[], alias = 'c'): SqlPart {
  return and(
    { sql: inSubtree(alias), params: [f.unitId] },
    {
      sql: `${alias}.kind = 'chi_bo' AND (${alias}.active_from IS NULL OR ${alias}.active_from <= ?::DATE) AND (${alias}.active_to IS NULL OR ${alias}.active_to >= ?::DATE)`,
      params: [f.to, f.from],
    },
    clausesWhere('cells', f.clauses, dims, alias),
  );
}
