import { describe, expect, it } from 'vitest';
import { guessDelimiter } from '../../../src/dataset/parse-csv';

describe('guessDelimiter', () => {
  it('picks the delimiter of the header line', () => {
    expect(guessDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(guessDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(guessDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t');
  });

  it('ignores delimiters inside quotes and leading blank lines', () => {
    expect(guessDelimiter('"Họ, tên";b;c\n')).toBe(';');
    expect(guessDelimiter('\n\r\na;b\n1;2')).toBe(';');
  });

  it('defaults to a comma for a one-column file', () => {
    expect(guessDelimiter('member_id\nM1\n')).toBe(',');
  });
});
