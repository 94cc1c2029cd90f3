import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/dataset/messages';
import { cp1258 } from '../../unit/dataset/cp1258';
import { dataLines, load, utf8 } from './helpers';

const cat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => Array.from(p)));

/** members.csv in UTF-8 whose fourth line (member M3) was pasted from a Windows-1258 file. */
const MIXED = cat(
  utf8('member_id,unit_id,religion,ethnicity,admitted_on\nM1,C1,Không,Kinh,2005-03-02\nM2,C1,Không,Mường,2006-04-03\n'),
  cp1258('M3,C2,Không,Mường,2007-05-04\n'),
  utf8('M4,C2,Không,Kinh,2008-06-05\n'),
);

describe('a UTF-8 file with a Windows-1258 line', () => {
  it('loads every row with its Vietnamese values intact, and the warning names the line', async () => {
    const t = (await load({ 'members.csv': MIXED })).tables.members!;
    expect(t.encoding).toBe('mixed');
    expect(t.loaded).toBe(4);
    expect(t.rejected).toBe(0);
    const religion = t.columns.indexOf('religion');
    const ethnicity = t.columns.indexOf('ethnicity');
    const rows = dataLines(t.csv).map((l) => l.split(','));
    expect(rows.map((r) => r[religion])).toEqual(['Không', 'Không', 'Không', 'Không']);
    expect(rows.map((r) => r[ethnicity])).toEqual(['Kinh', 'Mường', 'Mường', 'Kinh']);
    expect(t.warnings).toContain('Dòng 4 không phải UTF-8: đã đọc theo Windows-1258');
    expect(t.warnings).not.toContain(messages('vi').cp1258);
    const en = (await load({ 'members.csv': MIXED }, { lang: 'en' })).tables.members!;
    expect(en.warnings).toContain('Line 4 is not UTF-8: read as Windows-1258');
  });

  it('names at most ten lines, then says how many there are', async () => {
    const many = [utf8('member_id,unit_id,religion,admitted_on\n')];
    for (let i = 1; i <= 40; i++) many.push(i % 3 === 0 ? cp1258(`M${i},C1,Không,2005-03-02\n`) : utf8(`M${i},C1,Phật giáo hòa hảo,2005-03-02\n`));
    const t = (await load({ 'members.csv': cat(...many) })).tables.members!;
    expect(t.loaded).toBe(40);
    expect(t.encoding).toBe('mixed');
    expect(t.warnings).toContain('Dòng 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, … không phải UTF-8: đã đọc theo Windows-1258 (13 dòng)');
    expect(messages('en').cp1258Lines([4, 7], 2)).toBe('Lines 4, 7 are not UTF-8: read as Windows-1258');
  });

  it('still reads a file in Windows-1258 throughout as such, with the whole-file warning', async () => {
    const t = (await load({ 'members.csv': cp1258('member_id,unit_id,religion,admitted_on\nM1,C1,Không,2005-03-02\nM2,C1,Không,2005-03-02\n') })).tables.members!;
    expect(t.encoding).toBe('windows-1258');
    expect(t.warnings).toContain(messages('vi').cp1258);
    expect(t.warnings.some((w) => w.includes('không phải UTF-8'))).toBe(false);
  });
});
