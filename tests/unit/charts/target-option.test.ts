import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../../src/charts/palette';
import { targetOption } from '../../../src/charts/target-option';
import { loose } from './helpers';

const input = {
  years: ['2021', '2022', '2023', '2024'],
  admissions: [980, 1114, 1020, 1200],
  targets: [null, 1020, 1000, null],
  achievementPct: [null, 109.22, 102, null],
};

describe('targetOption', () => {
  it('bars for admissions, a target line and the achievement on a second axis', () => {
    const o = loose(targetOption(input, 'vi'));
    expect(o.series.map((s: { type: string }) => s.type)).toEqual(['bar', 'line', 'line']);
    expect(o.series.map((s: { name: string }) => s.name)).toEqual(['Kết nạp', 'Chỉ tiêu', 'Tỷ lệ đạt (%)']);
    expect(o.series.map((s: { yAxisIndex: number }) => s.yAxisIndex)).toEqual([0, 0, 1]);
    expect(o.yAxis).toHaveLength(2);
    expect(o.xAxis.data).toEqual(input.years);
    expect(o.series[0].data).toEqual([980, 1114, 1020, 1200]);
    expect(o.color).toEqual([PALETTE.categorical[0], PALETTE.target, PALETTE.achievement]);
  });

  it('keeps gaps where there is no target', () => {
    const o = loose(targetOption(input, 'vi'));
    expect(o.series[1].data).toEqual([null, 1020, 1000, null]);
    expect(o.series[2].data).toEqual([null, 109.22, 102, null]);
    expect(o.series[1].connectNulls).toBe(false);
    expect(o.series[2].connectNulls).toBe(false);
    expect(o.series[2].markLine.data).toEqual([{ yAxis: 100 }]);
  });

  it('English legend', () => {
    const o = loose(targetOption(input, 'en'));
    expect(o.series.map((s: { name: string }) => s.name)).toEqual(['Admissions', 'Target', 'Achievement (%)']);
  });

  it('tooltip formats counts and the achievement percentage per series', () => {
    const o = loose(targetOption(input, 'vi'));
    expect(o.tooltip.confine).toBe(true);
    const html = o.tooltip.formatter([
      { axisValue: '2022', seriesIndex: 0, seriesName: 'Kết nạp', value: 1114, marker: '' },
      { axisValue: '2022', seriesIndex: 1, seriesName: 'Chỉ tiêu', value: 1020, marker: '' },
      { axisValue: '2022', seriesIndex: 2, seriesName: 'Tỷ lệ đạt (%)', value: 109.22, marker: '' },
    ]);
    expect(html).toBe('<b>2022</b><br/>Kết nạp: <b>1.114</b><br/>Chỉ tiêu: <b>1.020</b><br/>Tỷ lệ đạt (%): <b>109,22%</b>');
    expect(o.yAxis[1].axisLabel.formatter(120)).toBe('120%');
    expect(o.yAxis[0].axisLabel.formatter(1200)).toBe('1.200');
    expect(o.aria.enabled).toBe(true);
    expect(o.animation).toBe(false);
  });
});
