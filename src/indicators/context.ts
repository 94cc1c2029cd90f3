import type { Engine } from '../engine/types';
import type { LoadedDataset } from '../model/loaded';
import { Asking } from '../query/coordinator';
import { dimensionsFor, type Dimension } from './dimensions';

/**
 * Where a question is answered: `auto` from a pre-aggregated table when one
 * can answer it (the year tables rolled up the unit tree, see
 * `src/warehouse/`) and from the facts otherwise; `facts` always from the
 * facts, which is how the tests hold the two answers equal.
 */
export type Source = 'auto' | 'facts';

/** What an indicator needs to run: the engine, the loaded dataset, its dimensions. */
export interface Ctx {
  engine: Engine;
  loaded: LoadedDataset;
  dims: Dimension[];
  /** Where the questions are answered (see `two-ways.ts`); `auto` when not given. */
  source?: Source;
}

/** The context whose questions all carry `signal`: given up together, a view's questions still waiting for the engine are dropped. */
export function withSignal<C extends Ctx>(ctx: C, signal: AbortSignal): C {
  return { ...ctx, engine: new Asking(ctx.engine, { signal }) };
}

export function makeCtx(engine: Engine, loaded: LoadedDataset): Ctx {
  return { engine, loaded, dims: dimensionsFor(loaded.extraColumns.units ?? [], loaded.unitDimHeaders) };
}

export const round1 = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);
export const round2 = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 100) / 100);

/** count / total × 100 with two decimals; none when the total is 0. */
export function share(count: number, total: number): number | null {
  return total > 0 ? round2((count / total) * 100) : null;
}
