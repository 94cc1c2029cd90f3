import { describe, expect, it } from 'vitest';
import { formsFileName } from '../../../src/views/forms/file-name';

describe('formsFileName', () => {
  it('is ASCII whatever the unit id holds', () => {
    expect(formsFileName('T01', '2023-01-01', '2023-12-31')).toBe('bieu-mau_T01_2023-01-01_2023-12-31.xlsx');
    expect(formsFileName('Đảng/bộ "x"', '2023-01-01', '2023-12-31')).toBe('bieu-mau_Dang-bo-x_2023-01-01_2023-12-31.xlsx');
    expect(formsFileName('../..', '2023-01-01', '2023-12-31')).toBe('bieu-mau_don-vi_2023-01-01_2023-12-31.xlsx');
  });
});
