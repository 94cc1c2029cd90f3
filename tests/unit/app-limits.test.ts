import { describe, expect, it } from 'vitest';
import { MAX_PAGE_BYTES, tooBigForPage } from '../../src/app/limits';

const MB = 2 ** 20;

describe('tooBigForPage', () => {
  it('lets files through that fit together', () => {
    expect(tooBigForPage([{ name: 'members.csv', size: 120 * MB }, { name: 'units.csv', size: 3 * MB }], 'vi')).toEqual([]);
  });

  it('refuses files that together pass the limit, naming the largest, in vi-VN numbers', () => {
    const files = [{ name: 'units.csv', size: 3 * MB }, { name: 'members.csv', size: 683 * MB }];
    expect(tooBigForPage(files, 'vi')).toEqual([
      'Tệp «members.csv» (683 MB) quá lớn để mở trong trang (tổng các tệp tối đa khoảng 600 MB); hãy tách dữ liệu theo từng đơn vị cấp dưới.',
    ]);
    expect(tooBigForPage([{ name: 'a.csv', size: 1500 * MB }], 'vi', 1200 * MB)[0]).toContain('(1.500 MB)');
    expect(tooBigForPage(files, 'en')[0]).toContain('is too large to open in the page');
  });

  it('counts the files together, not one by one', () => {
    const half = { name: 'x.csv', size: MAX_PAGE_BYTES / 2 + 1 };
    expect(tooBigForPage([half], 'vi')).toEqual([]);
    expect(tooBigForPage([half, { ...half, name: 'y.csv' }], 'vi')).toHaveLength(1);
  });
});
