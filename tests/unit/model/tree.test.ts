import { describe, expect, it } from 'vitest';
import { ancestorPairs, buildTree, subUnits, unitPath, type UnitInfo } from '../../../src/model/tree';

const u = (id: string, parentId: string | null, successorId: string | null = null): UnitInfo => ({
  id,
  parentId,
  name: `Unit ${id}`,
  kind: id.startsWith('C') ? 'chi_bo' : 'dang_bo',
  type: null,
  activeFrom: null,
  activeTo: successorId ? '2025-06-30' : null,
  successorId,
});

const tree = buildTree([u('P', null), u('H', 'P', 'P'), u('X', 'H', 'N'), u('N', 'P'), u('C', 'X')]);

describe('unit tree', () => {
  it('walks the path from the root by parent_id', () => {
    expect(unitPath(tree, 'C').map((x) => x.id)).toEqual(['P', 'H', 'X', 'C']);
  });

  it('rolls a cell up through its parents and through the successor of a merged unit, once each', () => {
    const ofC = ancestorPairs(tree)
      .filter(([unit]) => unit === 'C')
      .map(([, a]) => a)
      .sort();
    expect(ofC).toEqual(['C', 'H', 'N', 'P', 'X']);
  });

  it('lists children then the units merged into one as its sub-units', () => {
    expect(subUnits(tree, 'N').map((x) => x.id)).toEqual(['X']);
    expect(subUnits(tree, 'P').map((x) => x.id)).toEqual(['H', 'N']);
  });

  it('survives a parent cycle without looping', () => {
    const cyclic = buildTree([u('A', 'B'), u('B', 'A')]);
    expect(unitPath(cyclic, 'A').length).toBeLessThanOrEqual(2);
    expect(ancestorPairs(cyclic).length).toBeGreaterThan(0);
  });
});
