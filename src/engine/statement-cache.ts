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

  constructor(private readonly size = 200) {}

  get(sql: string, prepare: () => Promise<S>): Promise<S> {
    let st = this.map.get(sql);
    if (st) {
      this.map.delete(sql);
    } else {
      st = prepare();
      // a statement that failed to prepare is not kept
      st.catch(() => this.map.delete(sql));
    }
    this.map.set(sql, st);
    if (this.map.size > this.size) {
      const [oldest, old] = this.map.entries().next().value as [string, Promise<S>];
      this.map.delete(oldest);
      void old.then((s) => s.close()).catch(() => undefined);
    }
    return st;
  }

  async clear(): Promise<void> {
    const all = [...this.map.values()];
    this.map.clear();
    await Promise.all(all.map((p) => p.then((s) => s.close()).catch(() => undefined)));
  }
}
