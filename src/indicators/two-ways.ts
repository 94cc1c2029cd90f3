import type { Ctx } from './context';

/** A question's two ways: from a pre-aggregated table (null when none can answer it) and from the facts (always). */
export interface TwoWays<A extends unknown[], R> {
  preaggregated: (ctx: Ctx, ...args: A) => Promise<R | null>;
  facts: (ctx: Ctx, ...args: A) => Promise<R>;
}

/**
 * One question with its two ways as one function: the pre-aggregated answer
 * when there is one and the context does not ask for the facts, else the
 * facts' answer.
 */
export function twoWays<A extends unknown[], R>(ways: TwoWays<A, R>): (ctx: Ctx, ...args: A) => Promise<R> {
  return async (ctx, ...args) => (ctx.source === 'facts' ? null : await ways.preaggregated(ctx, ...args)) ?? ways.facts(ctx, ...args);
}
