import { SAME_NUMBER } from './keys';
import { formCellsToHide } from './published';
import { cellId, type FormTable } from './types';

/** A number two forms both print: `[table, cell]` in one and in the other. */
export type SharedCell = readonly [number, string, number, string];

/** The cells of `tables` that print the same number (see {@link SAME_NUMBER}), row by row. */
export function sharedCells(tables: readonly FormTable[]): SharedCell[] {
  const out: SharedCell[] = [];
  for (const [a, b] of SAME_NUMBER) {
    const [i, j] = [tables.findIndex((t) => t.id === a.form), tables.findIndex((t) => t.id === b.form)];
    if (i < 0 || j < 0) continue;
    const [ca, cb] = [tables[i].columns.findIndex((c) => c.key === a.column), tables[j].columns.findIndex((c) => c.key === b.column)];
    if (ca < 0 || cb < 0) continue;
    for (const r of tables[i].rows) {
      const other = tables[j].rows.find((x) => x.key === r.key);
      if (other && r.cells[ca] !== null && r.cells[ca] === other.cells[cb]) out.push([i, cellId(r.key, a.column), j, cellId(r.key, b.column)]);
    }
  }
  return out;
}

/**
 * What each of `tables`, published together, must hide beyond its own rule
 * (`PublishOptions.hidden`): a number two forms print is hidden in both when
 * either hides it, with the cells that would give it away in each. Adds to
 * `forced` (cells hidden from outside, such as a snapshot's other sections)
 * and returns it.
 */
export function hiddenTogether(tables: readonly FormTable[], k: number, forced: Set<string>[] = tables.map(() => new Set())): Set<string>[] {
  const shared = sharedCells(tables);
  // each round only hides more, in a finite set of cells: it ends
  for (let changed = shared.length > 0; changed; ) {
    changed = false;
    const hidden = tables.map((t, i) => {
      const { small, secondary } = formCellsToHide(t, k, forced[i]);
      return new Set([...small, ...secondary]);
    });
    for (const [i, a, j, b] of shared) {
      if (hidden[i].has(a) === hidden[j].has(b)) continue;
      if (hidden[i].has(a)) forced[j].add(b);
      else forced[i].add(a);
      changed = true;
    }
  }
  return forced;
}
