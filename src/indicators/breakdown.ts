import { CODES, type CodeListName } from '../dataset/codes';
import type { Filters } from '../filters/filters';
import type { Ctx } from './context';
import { admissionsWhere, membersWhere } from './where';

/** Counts per code in the order of the code list; `null` is the rows where the value is unknown. */
export interface Breakdown {
  list: CodeListName;
  counts: { code: string | null; count: number }[];
}

export type BreakdownColumn = 'sex' | 'education' | 'qualification' | 'occupation' | 'political_theory';

function ordered(list: CodeListName, rows: { k: string | null; n: number }[]): Breakdown {
  const byCode = new Map(rows.map((r) => [r.k, r.n]));
  const counts = CODES[list].map((c) => ({ code: c.code as string | null, count: byCode.get(c.code) ?? 0 }));
  const unknown = rows.filter((r) => r.k === null || !CODES[list].some((c) => c.code === r.k)).reduce((s, r) => s + r.n, 0);
  if (unknown) counts.push({ code: null, count: unknown });
  return { list, counts };
}

/** Admissions in the period per sex, education, qualification or occupation code. */
export async function admissionBreakdown(ctx: Ctx, f: Filters, column: Exclude<BreakdownColumn, 'political_theory'>): Promise<Breakdown> {
  const w = admissionsWhere(f, ctx.dims);
  const rows = await ctx.engine.query<{ k: string | null; n: number }>(
    `SELECT a.${column} AS k, count(*)::INTEGER AS n FROM fact_admissions a WHERE ${w.sql} GROUP BY 1`,
    w.params,
  );
  return ordered(column, rows);
}

/** Members at the period's end per qualification, political theory, education or occupation code. */
export async function memberBreakdown(ctx: Ctx, f: Filters, column: BreakdownColumn): Promise<Breakdown> {
  const w = membersWhere(f, ctx.dims, f.to);
  const rows = await ctx.engine.query<{ k: string | null; n: number }>(
    `SELECT m.${column} AS k, count(*)::INTEGER AS n FROM fact_members m WHERE ${w.sql} GROUP BY 1`,
    w.params,
  );
  return ordered(column, rows);
}

/** `admissionBreakdown` for each of the given sub-units, in one grouped query. */
export async function admissionBreakdownBySubUnit(
  ctx: Ctx,
  f: Filters,
  column: Exclude<BreakdownColumn, 'political_theory'>,
  ids: readonly string[],
): Promise<Map<string, Breakdown>> {
  const w = admissionsWhere(f, ctx.dims);
  const rows = ids.length
    ? await ctx.engine.query<{ gid: string; k: string | null; n: number }>(
        `SELECT g.ancestor_id AS gid, a.${column} AS k, count(*)::INTEGER AS n FROM fact_admissions a JOIN unit_ancestor g ON g.unit_id = a.unit_id
         WHERE g.ancestor_id IN (${ids.map(() => '?').join(', ')}) AND ${w.sql} GROUP BY 1, 2`,
        [...ids, ...w.params],
      )
    : [];
  return new Map(ids.map((id) => [id, ordered(column, rows.filter((r) => r.gid === id))]));
}
