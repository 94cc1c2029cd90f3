import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../src/engine/result-cache';

describe('ResultCache', () => {
  it('answers the same statement and values once, also while the first run is under way', async () => {
    const cache = new ResultCache();
    let runs = 0;
    const run = async () => {
      runs++;
      return [{ n: 1 }];
    };
    const [a, b] = await Promise.all([cache.get('SELECT ?', [1], run), cache.get('SELECT ?', [1], run)]);
    expect(runs).toBe(1);
    expect(a).toEqual([{ n: 1 }]);
    expect(a).not.toBe(b); // each asker gets its own array
    await cache.get('SELECT ?', [2], run);
    await cache.get('SELECT ? ', [1], run);
    expect(runs).toBe(3);
  });

  it('shares frozen rows, forgets failures and everything on clear', async () => {
    const cache = new ResultCache();
    let runs = 0;
    const [row] = await cache.get('q', [], async () => [{ n: ++runs }]);
    expect(Object.isFrozen(row)).toBe(true);
    await expect(cache.get('bad', [], async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(await cache.get('bad', [], async () => [{ ok: true }])).toEqual([{ ok: true }]);
    cache.clear();
    await cache.get('q', [], async () => [{ n: ++runs }]);
    expect(runs).toBe(2);
  });

  it('keeps at most `size` results, dropping the least recently asked', async () => {
    const cache = new ResultCache(2);
    let runs = 0;
    const run = async () => [{ n: ++runs }];
    await cache.get('a', [], run);
    await cache.get('b', [], run);
    await cache.get('a', [], run); // a is now the most recent
    await cache.get('c', [], run); // drops b
    await cache.get('a', [], run);
    expect(runs).toBe(3);
    await cache.get('b', [], run);
    expect(runs).toBe(4);
  });
});
