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

/**
 * The context for questions about `unitId`: on a split prepared dataset, its
 * questions may not read the tables whose rows for the unit are not attached
 * yet (they fail with `NeedsDetail`, see `src/model/parts.ts`).
 */
export function forUnit<C extends Ctx>(ctx: C, unitId: string): C {
  const forbid = ctx.loaded.parts?.forbidFor(unitId);
  return forbid?.length ? { ...ctx, engine: new Asking(ctx.engine, { forbid }) } : ctx;
}

/** What changes a context's answers besides the question: which parts of a split dataset are attached. */
export function detailKey(ctx: Ctx): string {
  return ctx.loaded.parts ? [...ctx.loaded.parts.attached].join(',') : '';
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
