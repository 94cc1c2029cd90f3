import { describe, expect, it } from 'vitest';
import { StatementCache } from '../../src/engine/statement-cache';

class St {
  closed = false;
  constructor(readonly sql: string) {}
  close() {
    this.closed = true;
  }
}

describe('prepared statement cache', () => {
  it('prepares a query text once, evicts the least recently used, closes on clear', async () => {
    let prepared = 0;
    const cache = new StatementCache<St>(2);
    const get = (sql: string) => cache.get(sql, async () => (prepared++, new St(sql)));
    const a = await get('a');
    expect(await get('a')).toBe(a);
    const b = await get('b');
    await get('a'); // a is now the most recent
    await get('c'); // evicts b
    await new Promise((r) => setTimeout(r, 0));
    expect(b.closed).toBe(true);
    expect(a.closed).toBe(false);
    expect(prepared).toBe(3);
    await cache.clear();
    expect(a.closed).toBe(true);
  });

  it('does not keep a statement that failed to prepare', async () => {
    const cache = new StatementCache<St>();
    await expect(cache.get('bad', async () => Promise.reject(new Error('syntax')))).rejects.toThrow('syntax');
    expect(await cache.get('bad', async () => new St('bad'))).toBeInstanceOf(St);
  });

  it('hands out a prepared statement without waiting, counting it as a use; none before, after eviction, failure or clear', async () => {
    const cache = new StatementCache<St>(2);
    const get = (sql: string) => cache.get(sql, async () => new St(sql));
    const pending = get('a');
    expect(cache.ready('a')).toBeUndefined(); // still being prepared
    const a = await pending;
    expect(cache.ready('a')).toBe(a);
    await get('b');
    expect(cache.ready('a')).toBe(a); // a is now the most recent
    await get('c'); // evicts b
    expect(cache.ready('b')).toBeUndefined();
    expect(cache.ready('a')).toBe(a);
    await expect(cache.get('bad', async () => Promise.reject(new Error('syntax')))).rejects.toThrow('syntax');
    expect(cache.ready('bad')).toBeUndefined();
    await cache.clear();
    expect(cache.ready('a')).toBeUndefined();
  });
});
