import type { Scope } from '../vocab/scope';
import type { LoadedDataset } from '../model/loaded';
import { isIsoDate, lastFullYear, yearPeriod } from './period';

/** The root unit with the largest subtree (a file may hold stray roots). */
export function defaultUnit(loaded: LoadedDataset): string | null {
  const { tree } = loaded;
  let best: string | null = null;
  let bestSize = -1;
  for (const r of tree.roots) {
    const size = tree.children.get(r)?.length ?? 0;
    if (size > bestSize) [best, bestSize] = [r, size];
  }
  return best;
}

export function defaultScope(loaded: LoadedDataset): Scope | null {
  const unitId = defaultUnit(loaded);
  if (!unitId) return null;
  return { unitId, ...yearPeriod(lastFullYear(loaded.dataDate)) };
}

/** A scope from URL parameters `unit`, `from`, `to`, each falling back to the default when absent or invalid. */
export function scopeFromParams(params: URLSearchParams, loaded: LoadedDataset): Scope | null {
  const fallback = defaultScope(loaded);
  if (!fallback) return null;
  const unit = params.get('unit');
  const from = params.get('from');
  const to = params.get('to');
  const period = from && to && isIsoDate(from) && isIsoDate(to) && from <= to ? { from, to } : fallback;
  return { unitId: unit && loaded.tree.units.has(unit) ? unit : fallback.unitId, from: period.from, to: period.to };
}
