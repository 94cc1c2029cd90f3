import type { Filters } from '../filters/filters';
import { yearEndStock } from './member-years';
import { twoWays } from './two-ways';
import { membersWhere } from './where';

/** Members of the unit's subtree at `date` under the clauses: from the year-end stock when the table has that date, else counted. */
export const countMembersAt = twoWays<[Filters, string], number>({
  async preaggregated(ctx, f, date) {
    return (await yearEndStock(ctx.engine, f, ctx.dims, date))?.n ?? null;
  },
  async facts(ctx, f, date) {
    const w = membersWhere(f, ctx.dims, date);
    const [row] = await ctx.engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM fact_members m WHERE ${w.sql}`, w.params);
    return row.n;
  },
});
