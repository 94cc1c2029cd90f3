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
 * The clauses as a condition on rows of a table rolled up the unit tree
 * (`member_year_tree`, `member_flow_tree`, `admission_year_tree`), which keep
 * `sex` and `cell_type`: null when a clause that narrows the fact is on any
 * other dimension (the caller then reads the per-unit rows).
 */
export function rollupWhere(fact: 'members' | 'admissions', clauses: readonly Clause[], dims: readonly Dimension[], alias: string): SqlPart | null {
  const parts: SqlPart[] = [];
  for (const c of clauses) {
    if (!dims.find((d) => d.id === c.dim)?.expr[fact] || c.values.length === 0) continue; // narrows nothing (as in clausesWhere)
    if (c.dim !== 'sex' && c.dim !== 'cell_type') return null;
    parts.push({ sql: `${alias}.${c.dim} IN (${c.values.map(() => '?').join(', ')})`, params: [...c.values] });
  }
  return parts.length ? and(...parts) : { sql: 'TRUE', params: [] };
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
