import type { UnitTree } from './tree';

/** One top-level unit's file of a split prepared dataset, as its manifest lists it. */
export interface PartFile {
  file: string;
  bytes: number;
  /** The top-level units whose files hold rows this unit's figures count (its own, and those of units merged into it from elsewhere). */
  needs: string[];
}

/** How a split prepared dataset lays its tables out (see `scripts/lib/prepare.ts`). */
export interface PartLayout {
  /** Complete in the summary: the units, their ancestors, targets, the years' span, the events of the top levels. */
  shared: string[];
  /** Rolled up the unit tree: the summary holds the rows of the top three levels, each part those of its units below. */
  tree: string[];
  /** One row per person or event: the summary holds the root's own, each part its units'. */
  detail: string[];
}

/**
 * What the page has of a split prepared dataset: the summary attached, and
 * the top-level units' files attached so far. Which tables a question about
 * a unit may read follows from it (`forbidFor`): a figure is never counted
 * over part of the rows.
 */
export class PreparedParts {
  readonly attached = new Set<string>();

  constructor(
    readonly tree: UnitTree,
    readonly layout: PartLayout,
    readonly parts: Readonly<Record<string, PartFile>>,
    /** The databases and schema behind the views (store.ts recreates the views as parts attach). */
    readonly place: { schema: string; summary: string },
  ) {}

  /** How far below the root `unitId` is: 0 for the root, 1 for a province. */
  depth(unitId: string): number {
    let d = 0;
    for (let u = this.tree.units.get(unitId); u?.parentId; u = this.tree.units.get(u.parentId)) d++;
    return d;
  }

  /** The top-level unit `unitId` lies in (itself at depth 1); null for the root. */
  topOf(unitId: string): string | null {
    let u = this.tree.units.get(unitId);
    while (u?.parentId && this.tree.units.get(u.parentId)?.parentId) u = this.tree.units.get(u.parentId);
    return u?.parentId ? u.id : null;
  }

  /** The parts a unit's figures read from the facts: for the root, every one. */
  needs(unitId: string): string[] {
    const top = this.topOf(unitId);
    return top === null ? Object.keys(this.parts) : (this.parts[top]?.needs ?? []);
  }

  /** Whether every row a unit's figures count is attached. */
  ready(unitId: string): boolean {
    return this.needs(unitId).every((p) => this.attached.has(p));
  }

  /**
   * The tables a question about `unitId` may not read yet: none once its parts
   * are attached; the detail tables for the root and a top-level unit (the
   * summary has their rolled-up rows and their sub-units'); the rolled-up
   * tables too below that.
   */
  forbidFor(unitId: string): string[] {
    if (this.ready(unitId)) return [];
    return this.depth(unitId) <= 1 ? this.layout.detail : [...this.layout.detail, ...this.layout.tree];
  }
}
