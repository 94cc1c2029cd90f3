/** A unit row that passed its own checks. */
export interface UnitNode {
  id: string;
  parent: string;
  successor: string;
}

/** Why a unit must be rejected to keep the loaded tree consistent. */
export interface TreeIssue {
  /** Index into the checked units. */
  index: number;
  column: 'parent_id' | 'successor_id';
  /** missing: not in the file; rejected: in the file but rejected; cycle: on a parent loop. */
  kind: 'missing' | 'rejected' | 'cycle';
  value: string;
  /** For a cycle: "A → B → A". */
  path?: string;
}

/**
 * Checks the parent and successor links of the good units: each must point
 * at a unit that is loaded, parents must not loop, and a unit whose parent or
 * successor is rejected is rejected too, so what loads is a consistent tree.
 * `idsInFile` holds every unit id of the file, rejected rows included.
 */
export function checkUnitTree(units: UnitNode[], idsInFile: { has(id: string): boolean }): TreeIssue[] {
  const index = new Map<string, number>();
  units.forEach((u, i) => index.set(u.id, i));
  const issues: TreeIssue[] = [];
  const bad = new Uint8Array(units.length);

  units.forEach((u, i) => {
    for (const column of ['parent_id', 'successor_id'] as const) {
      const value = column === 'parent_id' ? u.parent : u.successor;
      if (value === '' || index.has(value)) continue;
      issues.push({ index: i, column, kind: idsInFile.has(value) ? 'rejected' : 'missing', value });
      bad[i] = 1;
    }
  });

  const parentOf = (i: number) => (units[i]!.parent === '' ? undefined : index.get(units[i]!.parent));
  const state = new Uint8Array(units.length); // 0 unseen, 1 on the current walk, 2 done
  for (let start = 0; start < units.length; start++) {
    const walk: number[] = [];
    let j: number | undefined = start;
    while (j !== undefined && state[j] === 0) {
      state[j] = 1;
      walk.push(j);
      j = parentOf(j);
    }
    if (j !== undefined && state[j] === 1) {
      const loop = walk.slice(walk.indexOf(j));
      const path = [...loop, j].map((k) => units[k]!.id).join(' → ');
      for (const k of loop) {
        issues.push({ index: k, column: 'parent_id', kind: 'cycle', value: units[k]!.parent, path });
        bad[k] = 1;
      }
    }
    for (const k of walk) state[k] = 2;
  }

  const dependents = new Map<number, { index: number; column: 'parent_id' | 'successor_id' }[]>();
  units.forEach((u, i) => {
    for (const column of ['parent_id', 'successor_id'] as const) {
      const target = index.get(column === 'parent_id' ? u.parent : u.successor);
      if (target === undefined) continue;
      const list = dependents.get(target) ?? [];
      list.push({ index: i, column });
      dependents.set(target, list);
    }
  });
  const queue: number[] = [];
  bad.forEach((b, i) => b && queue.push(i));
  while (queue.length) {
    const k = queue.pop()!;
    for (const d of dependents.get(k) ?? []) {
      if (bad[d.index]) continue;
      bad[d.index] = 1;
      issues.push({ index: d.index, column: d.column, kind: 'rejected', value: units[k]!.id });
      queue.push(d.index);
    }
  }
  return issues;
}
