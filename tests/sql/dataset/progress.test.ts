import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../src/dataset/types';
import { files, loadFiles } from './helpers';

/**
 * Progress is told per framed part a file is read in, and once more when
 * its rules have run; how often is the loader's business, what is told is
 * checked here.
 */
describe('progress', () => {
  it('names each file in table order, its rows rising to the rows read, the bytes of all files rising to their total', async () => {
    const lines = ['member_id,unit_id,admitted_on'];
    for (let i = 0; i < 5_000; i++) lines.push(`M${i},C1,2005-03-02`);
    const input = files({ 'members.csv': lines.join('\n'), 'x.parquet': 'PAR1' });
    const size = Object.fromEntries(input.map((f) => [f.name, f.bytes.length]));
    const totalBytes = input.reduce((n, f) => n + f.bytes.length, 0);
    const seen: ImportProgress[] = [];
    const res = await loadFiles(input, { onProgress: (p) => seen.push({ ...p }) });
    expect(res.tables.members!.loaded).toBe(5_000);

    expect([...new Set(seen.map((p) => p.file))]).toEqual(['units.csv', 'members.csv', 'admissions.csv']);
    expect(seen.every((p) => p.totalBytes === totalBytes)).toBe(true);
    const bytes = seen.map((p) => p.bytes);
    expect([...bytes].sort((a, b) => a - b)).toEqual(bytes);
    expect(seen.at(-1)!.bytes).toBe(totalBytes);

    // each file's last report: all its rows, and the bytes of the files before it (the refused one first) and its own
    const last = (file: string) => seen.filter((p) => p.file === file).at(-1)!;
    expect(last('units.csv')).toMatchObject({ rows: 4, bytes: size['x.parquet']! + size['units.csv']! });
    expect(last('members.csv')).toMatchObject({ rows: 5_000, bytes: size['x.parquet']! + size['units.csv']! + size['members.csv']! });
    expect(last('admissions.csv')).toMatchObject({ rows: 1, bytes: totalBytes });
    for (const file of ['units.csv', 'members.csv', 'admissions.csv']) {
      const rows = seen.filter((p) => p.file === file).map((p) => p.rows);
      expect([...rows].sort((a, b) => a - b), file).toEqual(rows);
    }
  });
});
