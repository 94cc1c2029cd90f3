import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../src/dataset/types';
import { files, NOW } from './helpers';
import { importDataset } from '../../../src/dataset/import';

describe('progress', () => {
  it('reports every 50,000 rows and at the end of each file', () => {
    const lines = ['member_id,unit_id,admitted_on'];
    for (let i = 0; i < 120_000; i++) lines.push(`M${i},C1,2005-03-02`);
    const input = files({ 'members.csv': lines.join('\n') });
    const totalBytes = input.reduce((n, f) => n + f.bytes.length, 0);
    const seen: ImportProgress[] = [];
    const res = importDataset(input, { now: NOW, onProgress: (p) => seen.push(p) });
    expect(res.tables.members!.loaded).toBe(120_000);
    expect(seen.map((p) => [p.file, p.rows])).toEqual([
      ['units.csv', 4],
      ['members.csv', 50_000],
      ['members.csv', 100_000],
      ['members.csv', 120_000],
      ['admissions.csv', 1],
    ]);
    expect(seen.every((p) => p.totalBytes === totalBytes)).toBe(true);
    expect(seen.at(-1)!.bytes).toBe(totalBytes);
    const bytes = seen.map((p) => p.bytes);
    expect([...bytes].sort((a, b) => a - b)).toEqual(bytes);
  });
});
