import type { Row } from '../engine/types';
import { empty, raw, sql, type SqlPart } from '../vocab/sql';

/**
 * An aggregate question: one row per group (one row without `groupBy`).
 * `select` and `groupBy` map the asker's column names to SQL expressions;
 * the values of the question are those of `from` and `where`.
 */
export interface Aggregate {
  from: SqlPart;
  where: SqlPart;
  groupBy?: Record<string, string>;
  select: Record<string, string>;
}

const groupExprs = (a: Aggregate) => [...new Set(Object.values(a.groupBy ?? {}))].sort();

/** What aggregates must have in common to be answered by one query: FROM, WHERE, the grouping, and their values. */
export function shareKey(a: Aggregate): string {
  return JSON.stringify([a.from.sql, a.where.sql, groupExprs(a), a.from.params, a.where.params]);
}

/** One query answering several aggregates of the same {@link shareKey}, and how to cut each one's rows from its answer. */
export interface Merged {
  query: SqlPart;
  /** The rows of the `i`th aggregate, with its own column names. */
  rowsFor(i: number, rows: readonly Row[]): Row[];
}

/**
 * Merges aggregates of the same {@link shareKey}: each distinct expression is
 * computed once, under an internal name, since two askers may give one name
 * to different expressions. Expressions are sorted, so the same set asked in
 * another order is the same statement (prepared and answered once). Rows come
 * ordered by the grouping.
 */
export function merge(aggs: readonly Aggregate[]): Merged {
  const { from, where } = aggs[0]!;
  const groups = groupExprs(aggs[0]!);
  const selects = [...new Set(aggs.flatMap((a) => Object.values(a.select)))].sort();
  const cols = [...groups.map((e, i) => `${e} AS __g${i}`), ...selects.map((e, i) => `${e} AS __c${i}`)].join(', ');
  const grouping = groups.length ? raw(` GROUP BY ${groups.join(', ')} ORDER BY ${groups.map((_, i) => i + 1).join(', ')}`) : empty;
  const query = sql`SELECT ${raw(cols)} FROM ${from}${where.sql.trim() ? sql` WHERE ${where}` : empty}${grouping}`;
  const columns = aggs.map((a) => [
    ...Object.entries(a.groupBy ?? {}).map(([name, e]) => [name, `__g${groups.indexOf(e)}`] as const),
    ...Object.entries(a.select).map(([name, e]) => [name, `__c${selects.indexOf(e)}`] as const),
  ]);
  return {
    query,
    rowsFor: (i, rows) => rows.map((r) => Object.fromEntries(columns[i]!.map(([name, col]) => [name, r[col]]))),
  };
}
