import type { Engine } from '../engine/types';
import type { LoadedDataset } from '../model/loaded';
import { dimensionsFor, type Dimension } from './dimensions';

/** What an indicator needs to run: the engine, the loaded dataset, its dimensions. */
export interface Ctx {
  engine: Engine;
  loaded: LoadedDataset;
  dims: Dimension[];
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
