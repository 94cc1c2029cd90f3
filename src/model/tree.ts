/** A unit as the views need it: the tree is small enough to keep in memory (≤ 350k units nationally). */
export interface UnitInfo {
  id: string;
  parentId: string | null;
  name: string;
  kind: 'dang_bo' | 'chi_bo';
  type: string | null;
  activeFrom: string | null;
  activeTo: string | null;
  successorId: string | null;
}

export interface UnitTree {
  units: Map<string, UnitInfo>;
  children: Map<string, string[]>;
  /** Units merged into this one (their `successor_id` is it). */
  predecessors: Map<string, string[]>;
  roots: string[];
}

export function buildTree(list: readonly UnitInfo[]): UnitTree {
  const units = new Map(list.map((u) => [u.id, u]));
  const children = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  const roots: string[] = [];
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const a = m.get(k);
    if (a) a.push(v);
    else m.set(k, [v]);
  };
  for (const u of list) {
    if (u.parentId && units.has(u.parentId)) push(children, u.parentId, u.id);
    else roots.push(u.id);
    if (u.successorId && units.has(u.successorId) && u.successorId !== u.parentId) push(predecessors, u.successorId, u.id);
  }
  return { units, children, predecessors, roots };
}

/** Names from the root down to the unit (by `parent_id`). */
export function unitPath(tree: UnitTree, id: string): UnitInfo[] {
  const path: UnitInfo[] = [];
  const seen = new Set<string>();
  for (let u = tree.units.get(id); u && !seen.has(u.id); u = u.parentId ? tree.units.get(u.parentId) : undefined) {
    seen.add(u.id);
    path.unshift(u);
  }
  return path;
}

/**
 * Every (unit, ancestor) pair a figure rolls up through: the unit itself, its
 * parents, and the unit a dissolved one was merged into (`successor_id`) with
 * that unit's ancestors, so a commune formed in 2025 shows its predecessors'
 * history. Distinct pairs: a cell counts once in a province however it is reached.
 */
export function ancestorPairs(tree: UnitTree): [string, string][] {
  const memo = new Map<string, string[]>();
  const visiting = new Set<string>();
  const ancestorsOf = (id: string): string[] => {
    const known = memo.get(id);
    if (known) return known;
    if (visiting.has(id)) return [id];
    visiting.add(id);
    const u = tree.units.get(id)!;
    const set = new Set<string>([id]);
    for (const up of [u.parentId, u.successorId]) {
      if (up && tree.units.has(up)) for (const a of ancestorsOf(up)) set.add(a);
    }
    visiting.delete(id);
    const out = [...set];
    memo.set(id, out);
    return out;
  };
  const pairs: [string, string][] = [];
  for (const id of tree.units.keys()) for (const a of ancestorsOf(id)) pairs.push([id, a]);
  return pairs;
}

/** Direct sub-units shown when drilling down: children, then units merged into this one. */
export function subUnits(tree: UnitTree, id: string): UnitInfo[] {
  const ids = [...(tree.children.get(id) ?? []), ...(tree.predecessors.get(id) ?? [])];
  return [...new Set(ids)].map((c) => tree.units.get(c)!);
}

const rollups = new WeakMap<UnitTree, Map<string, string[]>>();

/**
 * The units that roll up into `id` (itself, its descendants, and units merged
 * into it with theirs): the rows of `unit_ancestor` for that ancestor, from
 * the tree in memory, computed once per tree.
 */
export function rollupOf(tree: UnitTree, id: string): readonly string[] {
  let by = rollups.get(tree);
  if (!by) {
    by = new Map();
    for (const [u, a] of ancestorPairs(tree)) {
      const list = by.get(a);
      if (list) list.push(u);
      else by.set(a, [u]);
    }
    rollups.set(tree, by);
  }
  return by.get(id) ?? [];
}
