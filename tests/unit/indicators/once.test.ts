import { describe, expect, it } from 'vitest';
import { oncePerDataset } from '../../../src/indicators/once';

describe('oncePerDataset', () => {
  it('asks once per dataset, and again for another dataset', async () => {
    const cache = new WeakMap<object, Promise<number>>();
    const [a, b] = [{}, {}];
    let asked = 0;
    const ask = async () => ++asked;
    expect(await oncePerDataset(cache, a, ask)).toBe(1);
    expect(await oncePerDataset(cache, a, ask)).toBe(1);
    expect(await oncePerDataset(cache, b, ask)).toBe(2);
    expect(asked).toBe(2);
  });

  it('forgets a failed answer, so the next caller asks again', async () => {
    const cache = new WeakMap<object, Promise<string>>();
    const d = {};
    await expect(oncePerDataset(cache, d, () => Promise.reject(new Error('no table')))).rejects.toThrow('no table');
    await Promise.resolve();
    expect(await oncePerDataset(cache, d, async () => 'ok')).toBe('ok');
  });
});
