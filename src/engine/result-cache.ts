import type { Row, SqlValue } from './types';

/**
 * Results kept by statement and values. A filter change asks the same
 * questions from several panels at once (the tiles and the narrative both
 * count the period's admissions) and users step back to where they were
 * (Back, a removed chip, another view of the same unit): each is answered
 * once. A question asked while the same one runs waits for it. Rows are
 * frozen, because every asker shares them. Cleared whenever the tables
 * change (any statement that is not a query).
 */
export class ResultCache {
  private readonly map = new Map<string, Promise<readonly Row[]>>();

  constructor(private readonly size = 400) {}

  get<T extends Row>(sql: string, params: readonly SqlValue[], run: () => Promise<T[]>): Promise<T[]> {
    const key = `${sql}\u0000${JSON.stringify(params)}`;
    let hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
    } else {
      hit = run().then((rows) => {
        for (const r of rows) Object.freeze(r);
        return Object.freeze(rows);
      });
      // a failed query is asked again next time
      hit.catch(() => this.map.get(key) === hit && this.map.delete(key));
    }
    this.map.set(key, hit);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
    // a fresh array for each asker (callers may sort or extend it); the rows themselves are shared
    return hit.then((rows) => rows.slice() as T[]);
  }

  clear(): void {
    this.map.clear();
  }
}
