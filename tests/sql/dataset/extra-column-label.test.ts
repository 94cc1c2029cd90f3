import { describe, expect, it } from 'vitest';
import { dimensionsFor, unitDimension } from '../../src/indicators/dimensions';
import { cp1258, load } from './dataset/helpers';

const UNITS_WITH_AREA = [
  'unit_id,parent_id,name,kind,type, Khu vực ,Ghi chú',
  'T,,Tỉnh A,dang_bo,,,',
  'X1,T,Đảng bộ xã 1,dang_bo,,Miền núi,',
  'C1,X1,Chi bộ thôn 1,chi_bo,thon_to_dan_pho,Miền núi,x',
  'C2,X1,Chi bộ trường,chi_bo,truong_hoc,Đồng bằng,',
].join('\n');

describe('an extra column of units.csv keeps its header as written', () => {
  it('the importer names it khu_vuc and keeps "Khu vực" (trimmed) as its header', () => {
    const t = load({ 'units.csv': UNITS_WITH_AREA }).tables.units!;
    expect(t.columns.slice(-2)).toEqual(['khu_vuc', 'ghi_chu']);
    expect(t.extraHeaders).toEqual({ khu_vuc: 'Khu vực', ghi_chu: 'Ghi chú' });
  });

  it('a Windows-1258 header (tones as combining marks) is kept composed', () => {
    const bytes = cp1258('unit_id,parent_id,name,kind,Địa bàn\nT,,A,dang_bo,x\n');
    const t = load({ 'units.csv': bytes }).tables.units!;
    expect(t.encoding).toBe('windows-1258');
    expect(t.extraHeaders).toEqual({ dia_ban: 'Địa bàn'.normalize('NFC') });
  });

  it('the canonical columns have no entry', () => {
    expect(load().tables.units!.extraHeaders).toEqual({});
  });

  it('labels the filter by that header in both languages, values shown as written', () => {
    const [d] = dimensionsFor(['khu_vuc'], { khu_vuc: 'Khu vực' }).slice(-1);
    expect(d.id).toBe('u.khu_vuc');
    expect(d.label).toEqual({ vi: 'Khu vực', en: 'Khu vực' });
    expect(d.valueLabel('Miền núi', 'en')).toBe('Miền núi');
    // a column without a known header (an older caller) is labelled by its name
    expect(unitDimension('khu_vuc').label).toEqual({ vi: 'khu_vuc', en: 'khu_vuc' });
  });
});
