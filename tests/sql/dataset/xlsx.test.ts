import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataLines, files, loadFiles } from './helpers';

const fixture = readFileSync(new URL('../../fixtures/dataset/admissions.xlsx', import.meta.url));
const bytes = new Uint8Array(fixture.buffer, fixture.byteOffset, fixture.byteLength);

describe('xlsx', () => {
  it('validates a workbook like a CSV, accepting Excel day numbers in date columns', async () => {
    const res = await loadFiles([...files({ 'admissions.csv': null }), { name: 'admissions.xlsx', bytes }]);
    expect(res.problems).toEqual([]);
    const t = res.tables.admissions!;
    expect(t.encoding).toBe('xlsx');
    expect(t.file).toBe('admissions.xlsx');
    expect([t.rows, t.loaded, t.rejected]).toEqual([3, 2, 1]);
    expect(dataLines(t.csv)).toEqual(['A1,,C1,2023-03-15,,1999,,,,,,true,', 'A2,,C1,2023-01-01,,2001,,,,,,true,']);
    expect(t.errors.map((e) => [e.row, e.column, e.rule])).toEqual([[4, 'admitted_on', 'date']]);
  });

  it('reports a broken workbook as a file problem', async () => {
    const res = await loadFiles([...files(), { name: 'targets.xlsx', bytes: new Uint8Array([1, 2, 3]) }]);
    expect(res.problems.map((p) => p.file)).toEqual(['targets.xlsx']);
    expect(res.problems[0]!.message.startsWith('Không đọc được tệp «targets.xlsx»: ')).toBe(true);
  });
});
