import { describe, expect, it } from 'vitest';
import { barOption } from '../../../src/charts/bar-option';
import { pyramidOption } from '../../../src/charts/pyramid-option';
import { renderSvg } from '../../../src/charts/ssr';
import { XSS, XSS_ESCAPED } from './helpers';

describe('renderSvg', () => {
  it('renders an SVG in Node with markup in labels escaped', () => {
    const option = barOption(
      { categories: ['Chi bộ A', XSS], series: [{ name: 'Kết nạp', values: [1114, 7] }], horizontal: true },
      'vi',
    );
    const svg = renderSvg(option, 640, 240);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(XSS_ESCAPED);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('Chi bộ A');
  });

  it('draws the pyramid labels as absolute Vietnamese counts', () => {
    const svg = renderSvg(pyramidOption({ bands: ['18–30'], men: [1234], women: [987] }, 'vi'), 640, 200);
    expect(svg).toContain('>1.234<');
    expect(svg).toContain('>987<');
    expect(svg).not.toContain('-1234');
  });
});
