import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, neutraliseCell, toSpreadsheetCsv } from '../../../src/dataset/csv-write';

const TRICKY = ['Chi bộ thôn 1', '', 'a,b', 'say "hi"', 'x\ny', 'x\r\ny', ' lead', 'trail ', '\ufeffbom', '=1+1', '-5', 'Nữ'];

describe('csvRecord', () => {
  it('quotes exactly as PapaParse does', () => {
    for (const v of TRICKY) expect(csvField(v), JSON.stringify(v)).toBe(Papa.unparse([[v]], { newline: '\r\n' }));
    expect(csvRecord(TRICKY)).toBe(Papa.unparse([TRICKY], { newline: '\r\n' }));
  });

  it('leaves plain values and formulas alone (it writes data, not spreadsheets)', () => {
    expect(csvRecord(['a', 'b,c', '', '=x'])).toBe('a,"b,c",,=x');
  });
});

describe('toSpreadsheetCsv', () => {
  it('writes a BOM, CRLF records, and neutralises formula-like text but not numbers', () => {
    const csv = toSpreadsheetCsv([
      ['Đơn vị', 'Kết nạp'],
      ['=HYPERLINK("http://x")', 12],
      ['@SUM(A1)', -5],
      ['+84912345678', 103.53],
      ['=cmd\nnext line', null],
      ['-5', 0],
    ]);
    expect(csv).toBe(
      '\ufeffĐơn vị,Kết nạp\r\n' +
        `"'=HYPERLINK(""http://x"")",12\r\n` +
        `"'@SUM(A1)",-5\r\n` +
        `"'+84912345678",103.53\r\n` +
        `"'=cmd\nnext line",\r\n` +
        `"'-5",0\r\n`,
    );
  });

  it('round-trips through PapaParse', () => {
    const rows = [['a', 'b'], ['x,y', 'say "hi"'], ['dòng\nhai', ' lead']];
    const parsed = Papa.parse<string[]>(toSpreadsheetCsv(rows).slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual(rows);
  });
});

describe('neutraliseCell', () => {
  it('prefixes an apostrophe to formula-like cells', () => {
    expect(neutraliseCell('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(neutraliseCell('+84912345678')).toBe(`'+84912345678`);
    expect(neutraliseCell('-5')).toBe(`'-5`);
    expect(neutraliseCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutraliseCell('\t=1')).toBe(`'\t=1`);
  });

  it('leaves other cells alone', () => {
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell('')).toBe('');
    expect(neutraliseCell('Nữ')).toBe('Nữ');
  });
});
