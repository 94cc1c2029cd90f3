import type { Filters } from '../filters/filters';
import type { Clause } from '../vocab/clauses';
import { empty, join, raw, sql, type SqlPart, type SqlValue } from '../vocab/sql';
import type { Dimension, Fact } from './dimensions';
import { BOUND_GROUPS, inSubtreeOf } from './subtree';

export type { SqlPart } from '../vocab/sql';

/** Every part holds: each in parentheses, joined by AND. */
export const and = (...parts: SqlPart[]): SqlPart => join(parts.map((p) => sql`(${p})`), ' AND ');

/** The values as a list of bound `?`, for `expr IN (…)`. */
export const valueList = (values: readonly SqlValue[]): SqlPart => join(values.map((v) => sql`${v}`));

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
    parts.push(sql`(${raw(expr(alias))}) IN (${valueList(c.values)})`);
  }
  return parts.length ? and(...parts) : raw('TRUE');
}

/**
 * A value of a question bound once, as a column of its one-row CTE `asked`: the
 * column's name, the expression its `?` stands in, and the value.
 */
export type Slot = readonly [name: string, expr: string, value: SqlValue];

/**
 * `WITH asked AS MATERIALIZED (SELECT <expr> AS <name>, …)` and its values: the
 * head of a question that reads its values as columns of `asked`. A `?` standing
 * in a filter makes DuckDB plan a prepared statement again at every run (see
 * `plannedOnce`); standing in this one row, it does not, so the question is
 * planned once without one join per `?`. With `groups`, the CTE `unit_groups` of the
 * unit named `unit` and its direct sub-units follows (see {@link BOUND_GROUPS}).
 * Empty without slots.
 */
export function boundRow(slots: readonly Slot[], groups = false): SqlPart {
  if (slots.length === 0) return empty;
  // a slot's expression holds the one `?` its value binds
  const columns = join(slots.map(([name, expr, value]) => ({ sql: `${expr} AS ${name}`, params: [value] })));
  return sql`WITH asked AS MATERIALIZED (SELECT ${columns})${groups ? raw(BOUND_GROUPS) : empty}`;
}

/** Separates the values of a clause bound as one text (`string_split` makes them a list in `asked`). */
const SEP = '\u001f';

/** The dimensions that always have their place in `asked` (see {@link dimensionSlots}). */
const SLOTTED = ['sex', 'cell_type'] as const;

/**
 * The places of sex and cell type in a question's `asked`, whether a clause
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

/** The condition of a slotted dimension on `expr`: all, or the values of its place in `asked`. */
const slotCondition = (dim: string, expr: string) => `(asked.${dim}_all OR list_contains(asked.${dim}_in, ${expr}))`;

/** A condition on the rows of a rolled-up table, reading its values from `asked`: the slots it adds to `asked`, and its SQL. */
export interface RollupWhere {
  slots: Slot[];
  sql: string;
}

/**
 * The clauses as a condition on rows of a table rolled up the unit tree
 * (`member_year_tree`, `member_flow_tree`, `admission_year_tree`), which keep
 * `sex` and `cell_type` (their places in `asked`, see {@link dimensionSlots}):
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
  return and(inSubtreeOf(alias, f.unitId), admissionsInPeriod(f, dims, alias));
}

/** Admissions dated in the period, narrowed by the clauses, at any unit: for a query already kept to the unit's cells. */
export function admissionsInPeriod(f: Filters, dims: readonly Dimension[], alias = 'a'): SqlPart {
  return and(sql`${raw(alias)}.admitted_on BETWEEN ${f.from}::DATE AND ${f.to}::DATE`, clausesWhere('admissions', f.clauses, dims, alias));
}

/** Members of the unit's subtree at `date`, narrowed by the clauses. */
export function membersWhere(f: Filters, dims: readonly Dimension[], date: string, alias = 'm'): SqlPart {
  return and(inSubtreeOf(alias, f.unitId), ...memberAtDate(f, dims, date, alias));
}

/** Members at `date`, narrowed by the clauses, at any unit: for a query already kept to the unit's subtree (its sub-units' groups). */
export function membersOnDate(f: Filters, dims: readonly Dimension[], date: string, alias = 'm'): SqlPart {
  return and(...memberAtDate(f, dims, date, alias));
}

/** Đảng viên at `date`: admitted by then and not left by then; and the clauses. */
function memberAtDate(f: Filters, dims: readonly Dimension[], date: string, alias: string): SqlPart[] {
  const m = raw(alias);
  return [
    sql`${m}.admitted_on <= ${date}::DATE AND (${m}.left_on IS NULL OR ${m}.left_on > ${date}::DATE)`,
    clausesWhere('members', f.clauses, dims, alias),
  ];
}

/** Active cells (chi bộ) of the subtree: `active_from` empty or ≤ the period's end, `active_to` empty or ≥ its start. */
export function cellsWhere(f: Filters, dims: readonly Dimension[], alias = 'c'): SqlPart {
  const c = raw(alias);
  return and(
    inSubtreeOf(alias, f.unitId),
    sql`${c}.kind = 'chi_bo' AND (${c}.active_from IS NULL OR ${c}.active_from <= ${f.to}::DATE) AND (${c}.active_to IS NULL OR ${c}.active_to >= ${f.from}::DATE)`,
    clausesWhere('cells', f.clauses, dims, alias),
  );
}
