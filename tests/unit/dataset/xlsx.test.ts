import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDatasetAsync } from '../../../src/dataset/import';
import { readXlsxRows } from '../../../src/dataset/xlsx';
import { dataLines, files, NOW } from './helpers';

const fixture = readFileSync(new URL('../../fixtures/dataset/admissions.xlsx', import.meta.url));
const bytes = new Uint8Array(fixture.buffer, fixture.byteOffset, fixture.byteLength);

describe('xlsx', () => {
  it('reads the first sheet as strings: date cells as ISO dates, numbers as written', async () => {
    expect(await readXlsxRows(bytes)).toEqual([
      ['admission_id', 'unit_id', 'Ngày kết nạp', 'Năm sinh', 'Đoàn viên'],
      ['A1', 'C1', '2023-03-15', '1999', '1'],
      ['A2', 'C1', '44927', '2001', 'có'],
      ['A3', 'C1', '31/02/2023', '', ''],
    ]);
  });

  it('validates a workbook like a CSV, accepting Excel day numbers in date columns', async () => {
    const res = await importDatasetAsync([...files({ 'admissions.csv': null }), { name: 'admissions.xlsx', bytes }], { now: NOW });
    expect(res.problems).toEqual([]);
    const t = res.tables.admissions!;
    expect(t.encoding).toBe('xlsx');
    expect(t.file).toBe('admissions.xlsx');
    expect([t.rows, t.loaded, t.rejected]).toEqual([3, 2, 1]);
    expect(dataLines(t.csv)).toEqual(['A1,,C1,2023-03-15,,1999,,,,,,true,', 'A2,,C1,2023-01-01,,2001,,,,,,true,']);
    expect(t.errors.map((e) => [e.row, e.column, e.rule])).toEqual([[4, 'admitted_on', 'date']]);
  });

  it('reports a broken workbook as a file problem', async () => {
    const res = await importDatasetAsync([...files(), { name: 'targets.xlsx', bytes: new Uint8Array([1, 2, 3]) }], { now: NOW });
    expect(res.problems.map((p) => p.file)).toEqual(['targets.xlsx']);
    expect(res.problems[0]!.message.startsWith('Không đọc được tệp «targets.xlsx»: ')).toBe(true);
  });
});
