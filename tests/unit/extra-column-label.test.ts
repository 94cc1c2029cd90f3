import { describe, expect, it } from 'vitest';
import { dimensionsFor, unitDimension } from '../../src/indicators/dimensions';

describe('an extra column of units.csv keeps its header as written', () => {
  it('labels the filter by that header in both languages, values shown as written', () => {
    const [d] = dimensionsFor(['khu_vuc'], { khu_vuc: 'Khu vực' }).slice(-1);
    expect(d.id).toBe('u.khu_vuc');
    expect(d.label).toEqual({ vi: 'Khu vực', en: 'Khu vực' });
    expect(d.valueLabel('Miền núi', 'en')).toBe('Miền núi');
    // a column without a known header (an older caller) is labelled by its name
    expect(unitDimension('khu_vuc').label).toEqual({ vi: 'khu_vuc', en: 'khu_vuc' });
  });
});
