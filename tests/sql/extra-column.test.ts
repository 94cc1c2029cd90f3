import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import { makeCtx, type Ctx } from '../../src/indicators/context';
import { computeKpis } from '../../src/indicators/kpis';
import type { Filters } from '../../src/filters/filters';
import { buildSnapshot } from '../../src/report/snapshot/build';

// The bundled sample: units.csv has the extra column "Khu vực" (Đồng bằng, Trung du, Miền núi).
let d: OpenedDataset;
let ctx: Ctx;
beforeAll(async () => {
  d = await openDataset('data');
  ctx = makeCtx(d.engine, d.loaded);
}, 120_000);
afterAll(async () => {
  await d.engine.close();
});

const AREAS = ['Đồng bằng', 'Miền núi', 'Trung du'];
const year = (clauses: Filters['clauses']): Filters => ({ unitId: 'T01', from: '2025-01-01', to: '2025-12-31', clauses });

describe('the sample\'s "Khu vực" column', () => {
  it('is the dimension u.khu_vuc, labelled "Khu vực" in both languages, its values in Vietnamese order', () => {
    expect(d.loaded.extraColumns.units).toEqual(['khu_vuc']);
    expect(d.loaded.unitDimHeaders).toEqual({ khu_vuc: 'Khu vực' });
    expect(d.loaded.unitDimValues.khu_vuc).toEqual(AREAS);
    const dim = ctx.dims.find((x) => x.id === 'u.khu_vuc')!;
    expect(dim.label).toEqual({ vi: 'Khu vực', en: 'Khu vực' });
    expect(AREAS.map((v) => dim.valueLabel(v, 'vi'))).toEqual(AREAS);
  });

  it('filters the figures: the three areas add up to the whole province', async () => {
    const all = await computeKpis(ctx, year([]));
    const parts = await Promise.all(AREAS.map((v) => computeKpis(ctx, year([{ dim: 'u.khu_vuc', values: [v] }]))));
    for (const p of parts) {
      expect(p.admissions).toBeGreaterThan(0);
      expect(p.admissions).toBeLessThan(all.admissions);
    }
    expect(parts.reduce((s, p) => s + p.admissions, 0)).toBe(all.admissions);
    expect(parts.reduce((s, p) => s + p.members, 0)).toBe(all.members);
  });

  it('the report snapshot names the filter by the header, in either language', async () => {
    const f = { ...year([{ dim: 'u.khu_vuc', values: ['Miền núi'] }]), unitId: 'T01.H02' };
    for (const lang of ['vi', 'en'] as const) {
      const html = await buildSnapshot(ctx, f, { lang, minCell: 5, stagnantYears: 3, generatedAt: '2026-11-22' });
      expect(html).toContain('<td>Khu vực: Miền núi</td>');
      expect(html).not.toContain('khu_vuc');
    }
  });
});
