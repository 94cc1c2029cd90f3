import { describe, expect, it } from 'vitest';
import { lineOption } from '../../../src/charts/line-option';
import { optionFingerprint } from '../../../src/charts/fingerprint';

const input = (values: number[]) => ({ categories: ['2024', '2025'], series: [{ name: 'Nữ', values }], valueFormat: 'percent' as const });

describe('optionFingerprint', () => {
  it('is the same for two builds of the same input (new formatter functions each time)', () => {
    const a = lineOption(input([1, 2]), 'vi');
    const b = lineOption(input([1, 2]), 'vi');
    expect(a).not.toBe(b);
    expect(optionFingerprint(a)).toBe(optionFingerprint(b));
  });

  it('differs when a value, the language or a formatter differs', () => {
    const base = optionFingerprint(lineOption(input([1, 2]), 'vi'));
    expect(optionFingerprint(lineOption(input([1, 3]), 'vi'))).not.toBe(base);
    expect(optionFingerprint(lineOption(input([1, 2]), 'en'))).not.toBe(base);
    const f1 = { series: [], tooltip: { formatter: () => 'a' } };
    const f2 = { series: [], tooltip: { formatter: () => 'b' } };
    expect(optionFingerprint(f1)).not.toBe(optionFingerprint(f2));
  });
});
