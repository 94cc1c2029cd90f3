import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../../src/charts/palette';
import { pyramidDescription, pyramidOption } from '../../../src/charts/pyramid-option';
import { loose } from './helpers';

const input = { bands: ['18–30', '31–35', 'Trên 60'], men: [1234, 300, 0], women: [987, 410, 5] };

describe('pyramidOption', () => {
  it('men plotted negative on the left, women positive, one stack', () => {
    const o = loose(pyramidOption(input, 'vi'));
    expect(o.tooltip.confine).toBe(true);
    expect(o.series.map((s: { name: string }) => s.name)).toEqual(['Nam', 'Nữ']);
    expect(o.series[0].data).toEqual([-1234, -300, -0]);
    expect(o.series[1].data).toEqual([987, 410, 5]);
    expect(o.series.map((s: { stack: string }) => s.stack)).toEqual(['pyramid', 'pyramid']);
    expect(o.yAxis.data).toEqual(input.bands);
    expect(o.xAxis.min).toBe(-1500);
    expect(o.xAxis.max).toBe(1500);
    expect(o.color).toEqual([PALETTE.men, PALETTE.women]);
  });

  it('leaves room beside the longest bar for its label', () => {
    const o = loose(pyramidOption({ bands: ['61–70'], men: [861], women: [523] }, 'vi'));
    expect(o.xAxis.max).toBeGreaterThanOrEqual(861 * 1.2);
    expect(o.xAxis.min).toBe(-o.xAxis.max);
  });

  it('labels, ticks and tooltip show absolute counts', () => {
    const o = loose(pyramidOption(input, 'vi'));
    expect(o.series[0].label.formatter({ value: -1234 })).toBe('1.234');
    expect(o.series[1].label.formatter({ value: 987 })).toBe('987');
    expect(o.xAxis.axisLabel.formatter(-1500)).toBe('1.500');
    const html = o.tooltip.formatter([
      { axisValue: '18–30', seriesIndex: 0, seriesName: 'Nam', value: -1234, marker: '' },
      { axisValue: '18–30', seriesIndex: 1, seriesName: 'Nữ', value: 987, marker: '' },
    ]);
    expect(html).toBe('<b>18–30</b><br/>Nam: <b>1.234</b><br/>Nữ: <b>987</b>');
  });

  it('English legend and a description with absolute counts', () => {
    expect(loose(pyramidOption(input, 'en')).series.map((s: { name: string }) => s.name)).toEqual(['Men', 'Women']);
    expect(pyramidDescription(input, 'vi')).toBe(
      'Tháp tuổi theo giới tính. 18–30: Nam 1.234, Nữ 987; 31–35: Nam 300, Nữ 410; Trên 60: Nam 0, Nữ 5.',
    );
    const o = loose(pyramidOption(input, 'vi'));
    expect(o.aria.enabled).toBe(true);
    expect(o.aria.label.description).toBe(pyramidDescription(input, 'vi'));
  });
});
