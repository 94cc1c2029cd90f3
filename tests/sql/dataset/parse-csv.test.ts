import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/dataset/messages';
import { dataLines, load } from './helpers';

describe('delimited files', () => {
  const expected = ['M1,C1,,,,,,,,,2005-03-02,,,', 'M2,C2,,,,,,,,,2006-04-05,,,'];

  it('reads comma, semicolon and tab files alike', async () => {
    for (const d of [',', ';', '\t']) {
      const csv = ['member_id', 'unit_id', 'admitted_on'].join(d) + '\n' + ['M1', 'C1', '2005-03-02'].join(d) + '\n' + ['M2', 'C2', '06/04/2005'].join(d);
      const t = (await load({ 'members.csv': csv })).tables.members!;
      expect(dataLines(t.csv)).toEqual([expected[0], 'M2,C2,,,,,,,,,2005-04-06,,,']);
    }
  });

  it('reads a semicolon file with trailing empty lines (the PapaParse guessing trap)', async () => {
    const t = (await load({ 'members.csv': 'member_id;unit_id;admitted_on\nM1;C1;2005-03-02\nM2;C2;2006-04-05\n\n\n' })).tables.members!;
    expect(t.rows).toBe(2);
    expect(t.loaded).toBe(2);
    expect(dataLines(t.csv)).toEqual(expected);
  });

  it('skips blank lines without counting them but keeps spreadsheet row numbers', async () => {
    const t = (await load({ 'members.csv': 'member_id,unit_id,admitted_on\nM1,C1,2005-03-02\n\n,,\nM2,C1,bad\n' })).tables.members!;
    expect(t.rows).toBe(2);
    expect(t.loaded).toBe(1);
    expect(t.rejected).toBe(1);
    expect(t.errors.map((e) => [e.row, e.column, e.rule])).toEqual([[5, 'admitted_on', 'date']]);
  });

  it('handles CRLF, quoted delimiters and quoted line breaks', async () => {
    const units = 'unit_id,parent_id,name,kind\r\nT,,"Tỉnh A, miền núi",dang_bo\r\nC1,T,"Chi bộ\r\n""Thôn 1""",chi_bo\r\n';
    const t = (await load({ 'units.csv': units, 'members.csv': 'member_id,unit_id,admitted_on\nM1,C1,2005-03-02\n', 'admissions.csv': 'admission_id,unit_id,admitted_on\n' })).tables.units!;
    expect(t.rows).toBe(2);
    expect(dataLines(t.csv.replace('\r\n""', '\n""'))).toEqual([
      'T,,"Tỉnh A, miền núi",dang_bo,,,,',
      'C1,T,"Chi bộ\n""Thôn 1""",chi_bo,,,,',
    ]);
  });

  it('rejects a row with more cells than the header has columns', async () => {
    const t = (await load({ 'members.csv': 'member_id,unit_id,admitted_on\nM1,C1,2005-03-02,extra\nM2,C1,2005-03-02,,\n' })).tables.members!;
    expect(t.rejected).toBe(1);
    expect(t.errors).toEqual([
      {
        row: 2,
        column: '',
        rule: 'fields',
        message: 'Dòng có 4 ô nhưng tiêu đề chỉ có 3 cột (thiếu dấu ngoặc kép quanh một giá trị chứa dấu phân cách?).',
      },
    ]);
  });

  it('rejects the row whose quotation mark is not closed, and reads the rows after it', async () => {
    // formerly a warning, with row 4 swallowed into row 3: now only row 3 is lost, and said so
    const t = (await load({ 'members.csv': 'member_id,unit_id,admitted_on\nM1,C1,2005-03-02\nM2,"C1,2005-03-02\nM3,C1,2005-03-02\n' })).tables.members!;
    expect(t.warnings).toEqual([]);
    expect([t.rows, t.loaded, t.rejected]).toEqual([3, 2, 1]);
    expect(t.errors).toEqual([{ row: 3, column: '', rule: 'quote', message: messages('vi').brokenQuote }]);
    expect(dataLines(t.csv).map((l) => l.slice(0, 2))).toEqual(['M1', 'M3']);
  });
});
