import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import { makeCtx } from '../../src/indicators/context';
import { computeKpis } from '../../src/indicators/kpis';
import { narrativeInput } from '../../src/report/narrative-input';
import { narrative } from '../../src/report/narrative';
import { runCommand } from './cli';

// The same period of the year before (cùng kỳ), counted by hand on tests/fixtures/golden:
// admissions by admitted_on (A01–A14 in 2023, B01–B09 earlier), members by admitted_on ≤ D < left_on.
let d: OpenedDataset;
beforeAll(async () => {
  d = await openDataset('tests/fixtures/golden');
}, 120_000);
afterAll(async () => {
  await d.engine.close();
});

const kpis = (unitId: string, from: string, to: string) => computeKpis(makeCtx(d.engine, d.loaded), { unitId, from, to, clauses: [] });

describe('cùng kỳ năm trước', () => {
  it('a whole year: 2023 against 2022', async () => {
    // 2022: B04 (09-09), B05 (12-31), B07 (05-05); members at 31/12/2022: all but M07 (left 03/2022) and those admitted later
    expect((await kpis('T', '2023-01-01', '2023-12-31')).previous).toEqual({
      from: '2022-01-01',
      to: '2022-12-31',
      admissions: 3,
      members: 18,
      admissionsChange: 11,
      admissionsChangePct: 366.67,
    });
    // H2's cells C06–C10: B04 (C08) and B07 (C09); M09–M15 and M17
    expect((await kpis('H2', '2023-01-01', '2023-12-31')).previous).toMatchObject({ admissions: 2, members: 8, admissionsChange: 5, admissionsChangePct: 250 });
  });

  it('a part of a year: March–August 2023 against March–August 2022', async () => {
    // 2023: A02 A04 A06 A07 A08 A10 A11 A12 A14; 2022: B07
    expect((await kpis('T', '2023-03-01', '2023-08-31')).previous).toEqual({
      from: '2022-03-01',
      to: '2022-08-31',
      admissions: 1,
      members: 18,
      admissionsChange: 8,
      admissionsChangePct: 800,
    });
  });

  it('across a leap day: January–February 2024 against January–February 2023', async () => {
    // B08 (05/01/2024) against A01 (10/02/2023); members at 28/02/2023: the 18 of 2022 and M18
    expect((await kpis('T', '2024-01-01', '2024-02-29')).previous).toEqual({
      from: '2023-01-01',
      to: '2023-02-28',
      admissions: 1,
      members: 19,
      admissionsChange: 0,
      admissionsChangePct: 0,
    });
  });

  it('no admission in the earlier period: the change is counted, its share is none', async () => {
    // X4 was formed on 01/01/2023: nothing in 2022
    expect((await kpis('X4', '2023-01-01', '2023-12-31')).previous).toMatchObject({ admissions: 0, admissionsChangePct: null });
  });

  it('the narrative says it in the report style', async () => {
    const ctx = makeCtx(d.engine, d.loaded);
    const whole = narrative(await narrativeInput(ctx, { unitId: 'T', from: '2023-01-01', to: '2023-12-31', clauses: [] }), 'vi');
    expect(whole).toContain('kết nạp 14 đảng viên, đạt 87,50% chỉ tiêu, tăng 11 đảng viên (366,7%) so với năm 2022;');
    const part = narrative(await narrativeInput(ctx, { unitId: 'T', from: '2023-03-01', to: '2023-08-31', clauses: [] }), 'vi');
    expect(part).toContain('tăng 8 đảng viên (800,0%) so với cùng kỳ năm 2022');
    const same = narrative(await narrativeInput(ctx, { unitId: 'T', from: '2024-01-01', to: '2024-02-29', clauses: [] }), 'en');
    expect(same).toContain('as many as in the same period of 2023');
  });

  it('npm run report carries it as "comparison"', () => {
    const r = runCommand('report', ['--data', 'tests/fixtures/golden', '--unit', 'T', '--from', '2023-01-01', '--to', '2023-12-31']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).comparison).toEqual({ from: '2022-01-01', to: '2022-12-31', admissions: 3, members: 18, admissions_change: 11, admissions_change_pct: 366.67 });
  });
});
