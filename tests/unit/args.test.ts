import { describe, expect, it } from 'vitest';
import { commandArgs, intArg } from '../../scripts/lib/args';

const OPTIONS = { data: { type: 'string' }, children: { type: 'boolean' } } as const;

describe('commandArgs', () => {
  it('reads values and flags, in either spelling', () => {
    expect(commandArgs(['--data', 'd', '--children'], OPTIONS)).toEqual({ data: 'd', children: true });
    expect(commandArgs(['--data=d'], OPTIONS)).toEqual({ data: 'd' });
  });
  it('refuses a typo, a missing value, a value for a flag and a stray word, in Vietnamese', () => {
    expect(() => commandArgs(['--dta', 'd'], OPTIONS)).toThrow('tham số không biết: --dta');
    expect(() => commandArgs(['--data'], OPTIONS)).toThrow('thiếu giá trị cho --data');
    expect(() => commandArgs(['--children=1'], OPTIONS)).toThrow('--children không nhận giá trị');
    expect(() => commandArgs(['d'], OPTIONS)).toThrow('tham số không hợp lệ: d');
  });
});

describe('intArg', () => {
  const fail = (m: string): never => {
    throw new Error(m);
  };
  it('defaults, reads and bounds a whole number', () => {
    expect(intArg(undefined, 'n', 3, 1, 50, fail)).toBe(3);
    expect(intArg('7', 'n', 3, 1, 50, fail)).toBe(7);
    expect(() => intArg('0', 'n', 3, 1, 50, fail)).toThrow('--n phải là số nguyên từ 1 đến 50: 0');
    expect(() => intArg('2.5', 'n', 3, 1, 50, fail)).toThrow('--n phải là');
  });
});
