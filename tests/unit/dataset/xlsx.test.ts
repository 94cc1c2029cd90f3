import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXlsxRows } from '../../../src/dataset/xlsx';

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
});
