import readXlsxFile from 'read-excel-file/node';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tableToXlsx } from '../../../src/ui/data-table/xlsx';

const COLUMNS = [
  { header: 'Đơn vị', kind: 'text' },
  { header: 'Kết nạp', kind: 'count' },
  { header: 'Đạt %', kind: 'percent' },
  { header: 'Tuổi bình quân', kind: 'number' },
] as const;

describe('tableToXlsx', () => {
  const bytes = tableToXlsx(
    'Đơn vị trực thuộc',
    COLUMNS,
    [
      ['Đảng bộ xã A', 1114, 109.22, 31.4],
      ['=HYPERLINK("x")', 0, null, null],
    ],
    ['Toàn tỉnh', 1114, 103.53, 31.4],
  );

  it('holds numbers as numbers, percents as fractions, text neutralised', async () => {
    const [{ data }] = await readXlsxFile(Buffer.from(bytes));
    expect(data).toEqual([
      ['Đơn vị', 'Kết nạp', 'Đạt %', 'Tuổi bình quân'],
      ['Đảng bộ xã A', 1114, 1.0922, 31.4],
      [`'=HYPERLINK("x")`, 0, null, null],
      ['Toàn tỉnh', 1114, 1.0353, 31.4],
    ]);
  });

  it('gives Excel the number formats, so each regional setting shows its own separators', () => {
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    const styles = strFromU8(unzipSync(bytes)['xl/styles.xml']!);
    const xfs = [...styles.matchAll(/<xf numFmtId="(\d+)"[^>]*xfId/g)].map((m) => m[1]);
    const fmtOf = (ref: string) => xfs[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)![1])];
    expect(fmtOf('B2')).toBe('3'); // #,##0
    expect(fmtOf('C2')).toBe('10'); // 0.00%
    expect(fmtOf('D2')).toBe('164'); // 0.0
    expect(sheet).toMatch(/<c r="C2" s="\d+"><v>1.0922<\/v><\/c>/);
  });
});
