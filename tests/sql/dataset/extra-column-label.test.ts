import { describe, expect, it } from 'vitest';
import { cp1258, load } from './helpers';

const UNITS_WITH_AREA = [
  'unit_id,parent_id,name,kind,type, Khu vực ,Ghi chú',
  'T,,Tỉnh A,dang_bo,,,',
  'X1,T,Đảng bộ xã 1,dang_bo,,Miền núi,',
  'C1,X1,Chi bộ thôn 1,chi_bo,thon_to_dan_pho,Miền núi,x',
  'C2,X1,Chi bộ trường,chi_bo,truong_hoc,Đồng bằng,',
].join('\n');

describe('an extra column of units.csv keeps its header as written', () => {
  it('the importer names it khu_vuc and keeps "Khu vực" (trimmed) as its header', async () => {
    const t = (await load({ 'units.csv': UNITS_WITH_AREA })).tables.units!;
    expect(t.columns.slice(-2)).toEqual(['khu_vuc', 'ghi_chu']);
    expect(t.extraHeaders).toEqual({ khu_vuc: 'Khu vực', ghi_chu: 'Ghi chú' });
  });

  it('a Windows-1258 header (tones as combining marks) is kept composed', async () => {
    const bytes = cp1258('unit_id,parent_id,name,kind,Địa bàn\nT,,A,dang_bo,x\n');
    const t = (await load({ 'units.csv': bytes })).tables.units!;
    expect(t.encoding).toBe('windows-1258');
    expect(t.extraHeaders).toEqual({ dia_ban: 'Địa bàn'.normalize('NFC') });
  });

  it('the canonical columns have no entry', async () => {
    expect((await load()).tables.units!.extraHeaders).toEqual({});
  });
});
