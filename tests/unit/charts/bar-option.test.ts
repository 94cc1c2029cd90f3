import { describe, expect, it } from 'vitest';
import { barOption, CATEGORY_LABEL_WIDTH } from '../../../src/charts/bar-option';
import { PALETTE } from '../../../src/charts/palette';
import { loose, XSS, XSS_ESCAPED } from './helpers';

const input = {
  categories: ['Đảng bộ xã A', XSS, 'Chi bộ C'],
  series: [
    { name: 'Kết nạp', values: [1114, 12, null] },
    { name: 'Nữ', values: [500, null, 3], stack: 's' },
  ],
};

describe('barOption', () => {
  it('builds one bar series per input series, nulls kept as gaps', () => {
    const o = loose(barOption(input, 'vi'));
    expect(o.series).toHaveLength(2);
    expect(o.series.map((s: { type: string }) => s.type)).toEqual(['bar', 'bar']);
    expect(o.series[0].data).toEqual([1114, 12, null]);
    expect(o.series[1].data).toEqual([500, null, 3]);
    expect(o.series[0].stack).toBeUndefined();
    expect(o.series[1].stack).toBe('s');
    expect(o.xAxis.type).toBe('category');
    expect(o.xAxis.data).toEqual(input.categories);
    expect(o.yAxis.type).toBe('value');
    expect(o.animation).toBe(false);
    expect(o.color).toEqual([...PALETTE.categorical]);
  });

  it('horizontal bars put categories down the side, top first, truncated with an ellipsis', () => {
    const o = loose(barOption({ ...input, horizontal: true }, 'vi'));
    expect(o.xAxis.type).toBe('value');
    expect(o.yAxis.type).toBe('category');
    expect(o.yAxis.inverse).toBe(true);
    expect(o.yAxis.axisLabel).toEqual({ width: CATEGORY_LABEL_WIDTH, overflow: 'truncate', ellipsis: '…' });
    expect(CATEGORY_LABEL_WIDTH).toBe(220);
  });

  it('carries keys in data items when given', () => {
    const o = loose(barOption({ ...input, keys: ['A', 'B', 'C'] }, 'vi'));
    expect(o.series[0].data).toEqual([
      { value: 1114, key: 'A' },
      { value: 12, key: 'B' },
      { value: null, key: 'C' },
    ]);
  });

  it('tooltip escapes the category and series names and formats numbers in Vietnamese', () => {
    const o = loose(barOption({ ...input, series: [{ name: XSS, values: [1114, 1, 2] }, input.series[1]] }, 'vi'));
    expect(o.tooltip.confine).toBe(true); // a panel clips what overflows it
    const html = o.tooltip.formatter([
      { axisValue: XSS, seriesIndex: 0, seriesName: XSS, value: 1114, marker: '' },
      { axisValue: XSS, seriesIndex: 1, seriesName: 'Nữ', value: null, marker: '' },
    ]);
    expect(html).toBe(`<b>${XSS_ESCAPED}</b><br/>${XSS_ESCAPED}: <b>1.114</b><br/>Nữ: <b>–</b>`);
    expect(html).not.toContain('<img');
  });

  it('percent values read 109,22% in vi and 109.22% in en, on ticks too', () => {
    const vi = loose(barOption({ ...input, valueFormat: 'percent' }, 'vi'));
    const en = loose(barOption({ ...input, valueFormat: 'percent' }, 'en'));
    const p = [{ axisValue: 'A', seriesIndex: 0, seriesName: 'Tỷ lệ', value: 109.2215, marker: '' }];
    expect(vi.tooltip.formatter(p)).toBe('<b>A</b><br/>Tỷ lệ: <b>109,22%</b>');
    expect(en.tooltip.formatter(p)).toBe('<b>A</b><br/>Tỷ lệ: <b>109.22%</b>');
    expect(vi.yAxis.axisLabel.formatter(2.5)).toBe('2,5%');
    expect(loose(barOption(input, 'vi')).yAxis.axisLabel.formatter(1500)).toBe('1.500');
  });

  it('aria is on: the given description, else Vietnamese templates with the title', () => {
    const given = loose(barOption({ ...input, ariaDescription: 'Mô tả' }, 'vi'));
    expect(given.aria.enabled).toBe(true);
    expect(given.aria.label).toEqual({ enabled: true, description: 'Mô tả' });
    const generated = loose(barOption({ ...input, title: 'Kết nạp theo đơn vị' }, 'vi'));
    expect(generated.aria.enabled).toBe(true);
    expect(generated.aria.label.description).toBeUndefined();
    expect(generated.aria.label.general.withTitle).toBe('Biểu đồ "{title}".');
    expect(generated.title).toEqual({ text: 'Kết nạp theo đơn vị', show: false, left: 'center', textStyle: { fontSize: 14 } });
  });
});
