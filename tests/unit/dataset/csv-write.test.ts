import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsvField, toCsvRow } from '../../../src/dataset/csv-write';

describe('toCsvField', () => {
  it('leaves plain values alone', () => {
    expect(toCsvField('Chi bộ thôn 1')).toBe('Chi bộ thôn 1');
    expect(toCsvField('')).toBe('');
  });

  it('quotes commas, quotes, line breaks and edge spaces (RFC 4180)', () => {
    expect(toCsvField('a,b')).toBe('"a,b"');
    expect(toCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(toCsvField('x\ny')).toBe('"x\ny"');
    expect(toCsvField('x\r\ny')).toBe('"x\r\ny"');
    expect(toCsvField(' lead')).toBe('" lead"');
  });

  it('joins a row', () => {
    expect(toCsvRow(['a', 'b,c', ''])).toBe('a,"b,c",');
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
