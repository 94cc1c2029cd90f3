import { membersAtFromEvents, orFromEvents } from './events';
import type { Ctx } from './context';
import type { Filters } from '../filters/filters';
import { yearEndStock } from './member-years';
import { aggregate } from '../query/coordinator';
import { membersAtDate } from './member-profile';
import { twoWays } from './two-ways';

/** Members of the unit's subtree at `date` under the clauses: from the year-end stock when the table has that date, else counted. */
const membersAt = twoWays<[Filters, string], number>({
  async preaggregated(ctx, f, date) {
    return (await yearEndStock(ctx.engine, f, ctx.dims, date))?.n ?? null;
  },
  async facts(ctx, f, date) {
    // the same rows as the member profile's, so that the two merge into one query
    const [row] = await aggregate<{ n: number }>(ctx.engine, { ...membersAtDate(f, ctx.dims, date), select: { n: 'count(*)::INTEGER' } });
    return row.n;
  },
});

/** Members at `date`; on a split dataset's summary, from the day's events when the rows are not attached. */
export const countMembersAt = (ctx: Ctx, f: Filters, date: string): Promise<number> =>
  orFromEvents(() => membersAt(ctx, f, date), () => membersAtFromEvents(ctx, f, date));
