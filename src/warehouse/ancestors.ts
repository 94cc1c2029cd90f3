import type { Engine } from '../engine/types';

/**
 * Every (unit, ancestor) pair a figure rolls up through, as `ancestorPairs`
 * (model/tree.ts) defines them: the unit itself, its parents, and the unit a
 * dissolved one was merged into with that unit's ancestors. Built by the
 * engine, not in the page's thread: a tree has about as many pairs as
 * units times its depth. UNION keeps the pairs distinct and ends the walk; the
 * rows are sorted so that an ancestor's rows sit together (and come out in
 * the same order at every load).
 */
export async function createAncestorTable(engine: Engine, schema: string): Promise<void> {
  await engine.exec(
    `CREATE TABLE ${schema}.unit_ancestor AS
     WITH RECURSIVE up_link AS (
       SELECT unit_id, parent_id AS up FROM ${schema}.units WHERE parent_id IS NOT NULL
       UNION ALL
       SELECT unit_id, successor_id FROM ${schema}.units WHERE successor_id IS NOT NULL),
     walk(unit_id, ancestor_id) AS (
       SELECT unit_id, unit_id FROM ${schema}.units
       UNION
       SELECT w.unit_id, l.up FROM walk w JOIN up_link l ON l.unit_id = w.ancestor_id)
     SELECT unit_id, ancestor_id FROM walk ORDER BY ancestor_id, unit_id`,
  );
}
