/**
 * The roll-up join: a fact row at a unit counts for every ancestor in
 * `unit_ancestor` (parents and, for merged units, successors), built at load.
 * `alias` is the fact table's alias in the query.
 */
export function inSubtree(alias: string): string {
  return `${alias}.unit_id IN (SELECT unit_id FROM unit_ancestor WHERE ancestor_id = ?)`;
}
