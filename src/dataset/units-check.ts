import type { Col, Messages } from './messages';
import type { LoadError } from './types';
import { checkUnitTree } from './units-tree';
import type { KeptRow } from './validate';

/**
 * The tree errors of the units that passed their own checks, by index into
 * `kept`: parent or successor missing or rejected, parent loops.
 */
export function unitTreeErrors(
  kept: KeptRow[],
  at: { id: number; parent: number; successor: number },
  cols: { parent: Col; successor: Col },
  idsInFile: { has(id: string): boolean },
  msg: Messages,
  file: string,
): Map<number, LoadError[]> {
  const nodes = kept.map((k) => ({ id: k.values[at.id]!, parent: k.values[at.parent]!, successor: k.values[at.successor]! }));
  const byIndex = new Map<number, LoadError[]>();
  for (const issue of checkUnitTree(nodes, idsInFile)) {
    const col = issue.column === 'parent_id' ? cols.parent : cols.successor;
    const message =
      issue.kind === 'cycle' ? msg.cycle(col, issue.path ?? '')
      : issue.kind === 'missing' ? msg.reference(col, issue.value, file)
      : msg.referenceRejected(col, issue.value);
    const list = byIndex.get(issue.index) ?? [];
    list.push({ row: kept[issue.index]!.row, column: issue.column, rule: issue.kind === 'cycle' ? 'cycle' : 'reference', message });
    byIndex.set(issue.index, list);
  }
  return byIndex;
}
