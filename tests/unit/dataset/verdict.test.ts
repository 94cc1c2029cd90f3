import { describe, expect, it } from 'vitest';
import { refusedFormat } from '../../../src/dataset/verdict';
import { utf8 } from './bytes';

describe('refusedFormat', () => {
  it('reads .csv, .tsv, .txt and .xlsx, whatever the case of the extension', () => {
    for (const name of ['a.csv', 'A.TSV', 'b.txt', 'c.XLSX']) expect(refusedFormat({ name, bytes: utf8('x') }), name).toBeNull();
  });
});
