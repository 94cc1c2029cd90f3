import type { SqlValue } from '../engine/types';
import type { Clause, Filters } from '../filters/filters';
import type { Dimension, Fact } from './dimensions';
import { inSubtree } from './subtree';

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
 * planned once without one join per `?`. Empty without slots.
 */
export function boundRow(slots: readonly Slot[]): SqlPart {
  if (slots.length === 0) return { sql: '', params: [] };
  return { sql: `WITH v AS MATERIALIZED (SELECT ${slots.map(([name, expr]) => `${expr} AS ${name}`).join(', ')})`, params: slots.map(([, , value]) => value) };
}

/** Separates the values of a clause bound as one text (`string_split` makes them a list in `v`). */
const SEP = '\u001f';

/** A condition on the rows of a rolled-up table, reading its values from `v`: the slots it adds to `v`, and its SQL. */
export interface RollupWhere {
  slots: Slot[];
  sql: string;
}

/**
 * The clauses as a condition on rows of a table rolled up the unit tree
 * (`member_year_tree`, `member_flow_tree`, `admission_year_tree`), which keep
 * `sex` and `cell_type`: null when a clause that narrows the fact is on any
 * other dimension (the caller then reads the per-unit rows or the facts).
 * Sex and cell type always have their place, whether a clause names them or
 * not (a flag for "all", and the values as a list), so that a click on either
 * asks the same statement again: a new statement is prepared and planned
 * while the user waits, 30–60 ms the first time in the page (trace of Đơn
 * vị's first `sex:nu`). Null also when a value holds the separator, or a
 * dimension has two clauses.
 */
export function rollupWhere(fact: 'members' | 'admissions', clauses: readonly Clause[], dims: readonly Dimension[], alias: string): RollupWhere | null {
  const kept = new Map<string, string[]>();
  for (const c of clauses) {
    if (!dims.find((d) => d.id === c.dim)?.expr[fact] || c.values.length === 0) continue; // narrows nothing (as in clausesWhere)
    if (c.dim !== 'sex' && c.dim !== 'cell_type') return null;
    if (kept.has(c.dim) || c.values.some((v) => v.includes(SEP))) return null;
    kept.set(c.dim, c.values);
  }
  const slots: Slot[] = [];
  const parts: string[] = [];
  for (const dim of ['sex', 'cell_type']) {
    const values = kept.get(dim);
    slots.push([`${dim}_all`, '?::BOOLEAN', !values], [`${dim}_in`, `string_split(?::VARCHAR, chr(31))`, (values ?? []).join(SEP)]);
    parts.push(`(v.${dim}_all OR list_contains(v.${dim}_in, ${alias}.${dim}))`);
  }
  return { slots, sql: parts.join(' AND ') };
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
