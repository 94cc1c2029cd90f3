import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Chart } from '../../../src/ui/Chart';
import { escapeHtml } from '../../../src/charts/escape';
import { chartFileName } from '../../../src/charts/file-name';
import { PALETTE, sequentialColor } from '../../../src/charts/palette';
import { niceCeil } from '../../../src/charts/scale';
import { XSS, XSS_ESCAPED } from './helpers';

describe('chart helpers', () => {
  it('escapeHtml', () => {
    expect(escapeHtml(XSS)).toBe(XSS_ESCAPED);
    expect(escapeHtml(`a&b"c'`)).toBe('a&amp;b&quot;c&#39;');
    expect(escapeHtml(null)).toBe('');
  });

  it('file names are ASCII-folded and safe', () => {
    expect(chartFileName('Kết nạp đảng viên 2024')).toBe('ket-nap-dang-vien-2024.png');
    expect(chartFileName('Đảng bộ / Chi bộ')).toBe('dang-bo-chi-bo.png');
    expect(chartFileName(XSS)).toBe('img-src-x-onerror-alert-1.png');
    expect(chartFileName('…')).toBe('bieu-do.png');
    expect(chartFileName('a'.repeat(200))).toBe(`${'a'.repeat(80)}.png`);
  });

  it('niceCeil', () => {
    expect([1234, 4, 4.2, 1, 0, -3, 0.031, 1500].map(niceCeil)).toEqual([1500, 4, 4.5, 1, 0, 0, 0.035, 1500]);
  });

  it('palette: 8 distinct categorical colours, sequential ends', () => {
    expect(new Set(PALETTE.categorical).size).toBe(8);
    expect(PALETTE.men).not.toBe(PALETTE.women);
    expect(sequentialColor(0)).toBe('#FFFFE5');
    expect(sequentialColor(1)).toBe('#662506');
    expect(sequentialColor(Number.NaN)).toBe('#FFFFE5');
  });

  it('Chart renders a figure with caption, testid and a download button', () => {
    const html = renderToStaticMarkup(
      createElement(Chart, { option: {}, height: 300, title: 'Kết nạp', lang: 'vi', testId: 'chart-admissions' }),
    );
    expect(html).toContain('<figure class="chart" data-testid="chart-admissions">');
    expect(html).toContain('<span>Kết nạp</span>');
    expect(html).toContain('>Tải PNG</button>');
    const en = renderToStaticMarkup(createElement(Chart, { option: {}, height: 300, title: 'x', lang: 'en' }));
    expect(en).toContain('>Download PNG</button>');
  });
});
