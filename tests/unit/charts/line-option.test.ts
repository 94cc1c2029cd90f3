import { describe, expect, it } from 'vitest';
import { lineOption } from '../../../src/charts/line-option';
import { loose } from './helpers';

const input = {
  categories: ['2021', '2022', '2023'],
  series: [
    { name: 'Tỷ lệ kết nạp', values: [2.1, null, 3.25] },
    { name: 'Đảng viên trẻ', values: [40, 42.5, null] },
  ],
  valueFormat: 'percent' as const,
  markLine: [
    { value: 3, label: '3%' },
    { value: 4, label: '4% (NQ 21)' },
  ],
};

describe('lineOption', () => {
  it('one line per series, gaps kept', () => {
    const o = loose(lineOption(input, 'vi'));
    expect(o.series.map((s: { type: string }) => s.type)).toEqual(['line', 'line']);
    expect(o.series[0].data).toEqual([2.1, null, 3.25]);
    expect(o.series[1].data).toEqual([40, 42.5, null]);
    expect(o.series.every((s: { connectNulls: boolean }) => s.connectNulls === false)).toBe(true);
    expect(o.aria.enabled).toBe(true);
    expect(o.animation).toBe(false);
  });

  it('reference lines at 3% and 4% on the first series, labels verbatim', () => {
    const o = loose(lineOption(input, 'vi'));
    const data = o.series[0].markLine.data;
    expect(data.map((d: { yAxis: number }) => d.yAxis)).toEqual([3, 4]);
    expect(data.map((d: { label: { formatter: () => string } }) => d.label.formatter())).toEqual(['3%', '4% (NQ 21)']);
    expect(o.series[1].markLine).toBeUndefined();
  });

  it('stretches the axis to show the highest reference line unless yMax is given', () => {
    const o = loose(lineOption(input, 'vi'));
    expect(o.yAxis.max({ min: 0, max: 2.6 })).toBe(4);
    expect(o.yAxis.max({ min: 0, max: 4.3 })).toBe(4.5);
    const fixed = loose(lineOption({ ...input, yMin: 0, yMax: 10 }, 'vi'));
    expect(fixed.yAxis.min).toBe(0);
    expect(fixed.yAxis.max).toBe(10);
    expect(loose(lineOption({ ...input, markLine: undefined }, 'vi')).yAxis.max).toBeUndefined();
  });

  it('formats percentages and numbers in the tooltip', () => {
    const o = loose(lineOption(input, 'vi'));
    expect(o.tooltip.confine).toBe(true);
    const html = o.tooltip.formatter([
      { axisValue: '2023', seriesIndex: 0, seriesName: 'Tỷ lệ kết nạp', value: 3.25, marker: '' },
      { axisValue: '2023', seriesIndex: 1, seriesName: 'Đảng viên trẻ', value: null, marker: '' },
    ]);
    expect(html).toBe('<b>2023</b><br/>Tỷ lệ kết nạp: <b>3,25%</b><br/>Đảng viên trẻ: <b>–</b>');
    const n = loose(lineOption({ ...input, valueFormat: 'number' }, 'vi'));
    expect(n.tooltip.formatter([{ axisValue: 'x', seriesName: 'Tuổi', value: 31.26 }])).toBe(
      '<b>x</b><br/>Tuổi: <b>31,3</b>',
    );
  });
});
