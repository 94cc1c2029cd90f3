/** What the cache needs of a prepared statement. */
export interface Closable {
  close(): unknown;
}

/**
 * Prepared statements kept by SQL text: the views ask the same shapes of
 * query again and again with other values. DuckDB still plans most of them
 * at every run; those written to be planned once keep their plan here (see
 * `placeholders.ts`). Cleared whenever the schema changes (a new dataset).
 */
export class StatementCache<S extends Closable> {
  private readonly map = new Map<string, Promise<S>>();
  /** The statements whose preparation has ended, by text: handed out without waiting. */
  private readonly done = new Map<string, S>();

  constructor(private readonly size = 200) {}

  get(sql: string, prepare: () => Promise<S>): Promise<S> {
    let st = this.map.get(sql);
    if (st) {
      this.map.delete(sql);
    } else {
      const mine = prepare();
      st = mine;
      mine.then(
        (s) => this.map.get(sql) === mine && this.done.set(sql, s),
        // a statement that failed to prepare is not kept
        () => this.map.get(sql) === mine && this.map.delete(sql),
      );
    }
    this.map.set(sql, st);
    if (this.map.size > this.size) {
      const [oldest, old] = this.map.entries().next().value as [string, Promise<S>];
      this.map.delete(oldest);
      this.done.delete(oldest);
      void old.then((s) => s.close()).catch(() => undefined);
    }
    return st;
  }

  /**
   * The statement for `sql` when it is prepared already, else undefined: a
   * caller can then run it in the same task, with no `await` before (see
   * `browser.ts`). Counts as a use, as `get` does.
   */
  ready(sql: string): S | undefined {
    const s = this.done.get(sql);
    if (s) {
      const st = this.map.get(sql)!;
      this.map.delete(sql);
      this.map.set(sql, st);
    }
    return s;
  }

  async clear(): Promise<void> {
    const all = [...this.map.values()];
    this.map.clear();
    this.done.clear();
    await Promise.all(all.map((p) => p.then((s) => s.close()).catch(() => undefined)));
  }
}
