import { describe, expect, it } from 'vitest';
import { pieOption } from '../../../src/charts/pie-option';
import { loose, XSS, XSS_ESCAPED } from './helpers';

const input = {
  slices: [
    { name: 'Nông dân', value: 1114, key: 'ND' },
    { name: XSS, value: 886 },
  ],
};

describe('pieOption', () => {
  it('a donut with keyed slices', () => {
    const o = loose(pieOption(input, 'vi'));
    expect(o.series).toHaveLength(1);
    expect(o.series[0].type).toBe('pie');
    expect(o.series[0].radius).toEqual(['45%', '70%']);
    expect(o.series[0].data).toEqual([
      { name: 'Nông dân', value: 1114, key: 'ND' },
      { name: XSS, value: 886 },
    ]);
    expect(o.aria.enabled).toBe(true);
    expect(o.animation).toBe(false);
  });

  it('label shows count and share; tooltip escapes the name', () => {
    const o = loose(pieOption(input, 'vi'));
    expect(o.tooltip.confine).toBe(true);
    const p = { name: XSS, value: 1114, percent: 55.7, marker: '' };
    expect(o.series[0].label.formatter(p)).toBe(`${XSS}\n1.114 (55,7%)`);
    const html = o.tooltip.formatter(p);
    expect(html).toBe(`${XSS_ESCAPED}: <b>1.114</b> (55,7%)`);
    expect(html).not.toContain('<img');
    expect(loose(pieOption(input, 'en')).tooltip.formatter(p)).toBe(`${XSS_ESCAPED}: <b>1,114</b> (55.7%)`);
  });
});
