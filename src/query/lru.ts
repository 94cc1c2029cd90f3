/** A map that keeps its `size` most recently used entries. */
export class Lru<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly size: number) {}

  /** The entry, now the most recently used. */
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, v: V): void {
    this.map.delete(key);
    this.map.set(key, v);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
  }

  /** Forgets the entry if it is still `v` (a newer one under the same key stays). */
  forget(key: string, v: V): void {
    if (this.map.get(key) === v) this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }
}
