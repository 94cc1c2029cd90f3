import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { colName, writeXlsx, xmlText } from '../../../src/report/xlsx-write';

describe('xlsx-write', () => {
  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(colName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('escapes XML and drops the characters XML forbids', () => {
    expect(xmlText('a<b & "c"\u0001\uFFFF')).toBe('a&lt;b &amp; &quot;c&quot;');
    expect(xmlText('Đảng 😀')).toBe('Đảng 😀');
  });

  it('writes the parts of a package, with merges, widths, a frozen header and safe sheet names', async () => {
    const bytes = writeXlsx([
      {
        name: 'Biểu: 1/2',
        rows: [[{ v: 'Tiêu đề', s: 'title' }], [{ v: 'Số', s: 'header' }, { v: 1114, s: 'count' }, { v: 34.8, s: 'decimal' }, { v: '< 5', s: 'textRight' }]],
        merges: [{ r: 0, c: 0, rows: 1, cols: 4 }],
        widths: [10, 12],
        freeze: { rows: 1, cols: 1 },
        printTitleRows: [1, 1],
        landscape: true,
      },
      { name: 'Biểu: 1/2', rows: [[{ v: 'x' }]] },
    ]);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('<mergeCell ref="A1:D1"/>');
    expect(sheet).toContain('<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>');
    expect(sheet).toContain('<c r="B2" s="8"><v>1114</v></c>');
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Tiêu đề</t></is></c>');
    expect(strFromU8(files['xl/workbook.xml'])).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Biểu  1 2'!$2:$2</definedName>`);
    const back = await readXlsxFile(bytes.slice().buffer as ArrayBuffer);
    expect(back.map((s) => s.sheet)).toEqual(['Biểu  1 2', 'Biểu  1 2 2']);
    expect(back[0].data).toEqual([
      ['Tiêu đề', null, null, null],
      ['Số', 1114, 34.8, '< 5'],
    ]);
  });
});
