import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import { ancestorPairs } from '../../src/model/tree';

let d: OpenedDataset;
beforeAll(async () => {
  d = await openDataset('tests/fixtures/tiny');
});
afterAll(async () => {
  await d.engine.close();
});

describe('unit_ancestor, built by the engine', () => {
  it('holds exactly the pairs ancestorPairs gives for the tree in memory', async () => {
    const rows = await d.engine.query<{ unit_id: string; ancestor_id: string }>('SELECT unit_id, ancestor_id FROM unit_ancestor');
    const sql = rows.map((r) => `${r.unit_id}>${r.ancestor_id}`).sort();
    const js = ancestorPairs(d.loaded.tree).map(([u, a]) => `${u}>${a}`).sort();
    expect(sql).toEqual(js);
  });

  it('rolls a dissolved commune into its successor with the successor ancestors (hand-counted)', async () => {
    const rows = await d.engine.query<{ ancestor_id: string }>("SELECT ancestor_id FROM unit_ancestor WHERE unit_id = 'C1' ORDER BY 1");
    // C1 → X1 → H1 → P by parents; X1 was merged into N1 (→ P), H1 into P
    expect(rows.map((r) => r.ancestor_id)).toEqual(['C1', 'H1', 'N1', 'P', 'X1']);
  });
});
