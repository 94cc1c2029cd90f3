import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import { forUnit, makeCtx } from '../../src/indicators/context';
import { prepareDataset } from '../../scripts/lib/prepare';
import { yearProgress } from '../../src/indicators/progress';
import { narrative } from '../../src/report/narrative';
import { narrativeInput } from '../../src/report/narrative-input';
import { buildSnapshot } from '../../src/report/snapshot/build';
import { runCommand, TINY, tinyWith } from './cli';

// Progress toward the year's target, counted by hand on tests/fixtures/golden (see its README):
// admissions by admitted_on at the unit's subtree, the previous years being the three before the year.
let d: OpenedDataset;
beforeAll(async () => {
  d = await openDataset('tests/fixtures/golden');
}, 120_000);
afterAll(async () => {
  await d.engine.close();
});

const progress = (unitId: string, from: string, to: string) => yearProgress(makeCtx(d.engine, d.loaded), { unitId, from, to });

describe('progress toward the year’s target', () => {
  it('T at 31/08/2023: on course, the usual share pooled from three previous years', async () => {
    // 2023 up to 31/08: A01 A02 A04 A06 A07 A08 A10 A11 A12 A14 = 10; target 16–18 (T's own).
    // 2020–2022: B01 (06-10), B03 (04-04), B06 (10-10), B04 (09-09), B07 (05-05), B05 (12-31) = 6,
    // of them by 31 August: B01, B03, B07 = 3, so 3/6 = 0,5 and 10 / 0,5 = 20 ≥ 16.
    const y = await progress('T', '2023-01-01', '2023-08-31');
    expect(y.progress).toMatchObject({ year: 2023, asOf: '2023-08-31', target: 16, targetMax: 18, admitted: 10, remaining: 6, usualShare: 0.5, fromHistory: true, projected: 20, atRisk: false });
    // by month: Feb A01; Mar A02; Apr A06; May A04 A10 A11; Jun A07; Jul A08 A14; Aug A12
    expect(y.progress!.monthly.cumulative).toEqual([0, 1, 2, 3, 6, 7, 9, 10, null, null, null, null]);
    // the usual pace reaches the target in December: 16 × 6/6
    expect(y.progress!.monthly.pace[11]).toBe(16);
    expect(y.progress!.monthly.pace[5]).toBe(8); // by the end of June: B01 B03 B07 = 3/6 of 16
  });

  it('H2 at 31/08/2023: the usual share from its two previous years with admissions', async () => {
    // 2023 up to 31/08: A06 A14 (C06), A07 A08 (C09), A10 A11 (C10) = 6, target 6;
    // 2021: B06 (10-10), 2022: B04 (09-09), B07 (05-05); 2020: none. By 31 August: B07, so 1/3.
    const y = await progress('H2', '2023-01-01', '2023-08-31');
    expect(y.progress).toMatchObject({ target: 6, admitted: 6, remaining: 0, usualShare: 0.3333, projected: 18, atRisk: false });
  });

  it('H1 at 31/08/2023 is at risk, and T lists it with its ready candidates', async () => {
    // H1 up to 31/08/2023: A01 A02 (C01), A04 (C05, X2 merged into X4), A12 (C11) = 4, target 8;
    // 2020–2022: B01 (06-10), B03 (04-04), B05 (12-31): 2 of 3 by 31 August, so 4 / (2/3) = 6 < 8.
    const h1 = await progress('H1', '2023-01-01', '2023-08-31');
    expect(h1.progress).toMatchObject({ target: 8, admitted: 4, remaining: 4, usualShare: 0.6667, projected: 6, atRisk: true });
    const t = await progress('T', '2023-01-01', '2023-08-31');
    expect(t.withTarget).toBe(2);
    // H1's candidates: K01 admitted on 10/02/2023, K07 and K09 never finished the class
    expect(t.atRisk).toEqual([{ unitId: 'H1', name: 'Đảng bộ huyện Đông', target: 8, admitted: 4, projected: 6, readyCandidates: 0 }]);
  });

  it('a whole year: the projection is the count, and a sub-unit that missed has its ready candidates', async () => {
    // T has no own 2022 target: H1's 5 + H2's 2 (X5's). 2022: B04, B05, B07 = 3.
    const t = await progress('T', '2022-01-01', '2022-12-31');
    expect(t.progress).toMatchObject({ target: 7, admitted: 3, usualShare: 1, projected: 3, atRisk: true });
    // H1 admitted B05 only; H2 B04 and B07 = its 2. At 31/12/2022 K01 (C01) had finished the class on 10/10/2022, admitted in 2023.
    expect(t.atRisk).toEqual([{ unitId: 'H1', name: 'Đảng bộ huyện Đông', target: 5, admitted: 1, projected: 1, readyCandidates: 1 }]);
  });

  it('a sub-unit without a target is left out of the at-risk list', async () => {
    // H2, January–August 2022: X5 (target 2) admitted nobody and its 2019–2021 (B06, October) had none by 31 August:
    // share 0, so the projection is the count, 0 < 2. X6, C09 and C10 have no 2022 target: not listed, whatever they did.
    const y = await progress('H2', '2022-01-01', '2022-08-31');
    expect(y.withTarget).toBe(1);
    expect(y.atRisk).toEqual([{ unitId: 'X5', name: 'Đảng bộ thị trấn Tây Sơn', target: 2, admitted: 0, projected: 0, readyCandidates: 0 }]);
    // H2 itself: B07 (C09, 05/05/2022) = 1; its 2019–2021: B06 only, after August, so the share is 0 and 1 is projected
    expect(y.progress).toMatchObject({ target: 2, admitted: 1, usualShare: 0, projected: 1, atRisk: true });
  });

  it('none when the period spans two years, or its year has no target', async () => {
    expect(await progress('T', '2022-07-01', '2023-06-30')).toMatchObject({ day: null, progress: null, atRisk: [] });
    // 2021: no target anywhere
    expect(await progress('T', '2021-01-01', '2021-08-31')).toMatchObject({ progress: null, withTarget: 0, atRisk: [] });
  });

  it('the paragraph says it, and names how many sub-units are at risk', async () => {
    const x = await narrativeInput(makeCtx(d.engine, d.loaded), { unitId: 'T', from: '2023-01-01', to: '2023-08-31', clauses: [] });
    const vi = narrative(x, 'vi');
    expect(vi).toContain('Tính từ đầu năm 2023 đến 31/08/2023, đã kết nạp 10/16 đảng viên theo chỉ tiêu; theo nhịp kết nạp các năm trước, cả năm dự kiến kết nạp 20 đảng viên, có thể đạt chỉ tiêu (còn phải kết nạp 6).');
    expect(vi).toContain('1/2 đơn vị trực thuộc được giao chỉ tiêu có nguy cơ không đạt chỉ tiêu năm 2023: Đảng bộ huyện Đông.');
    expect(narrative(x, 'en')).toContain('1 of the 2 sub-units with a target is at risk of missing their 2023 target: Đảng bộ huyện Đông.');
    // a whole year says who missed, without a projection
    const y = narrative(await narrativeInput(makeCtx(d.engine, d.loaded), { unitId: 'T', from: '2022-01-01', to: '2022-12-31', clauses: [] }), 'vi');
    expect(y).not.toContain('dự kiến');
    expect(y).toContain('1/2 đơn vị trực thuộc được giao chỉ tiêu không đạt chỉ tiêu năm 2022: Đảng bộ huyện Đông.');
  });

  it('the snapshot says the projection only when the year so far is a count it prints', async () => {
    const ctx = makeCtx(d.engine, d.loaded);
    const snap = (from: string, minCell: number) => buildSnapshot(ctx, { unitId: 'T', from, to: '2023-08-31', clauses: [] }, { lang: 'vi', minCell, stagnantYears: 3, generatedAt: '2023-09-01' });
    // 10 admitted from 1 January: printed with K = 5, so the projection is too
    expect(await snap('2023-01-01', 5)).toContain('cả năm dự kiến kết nạp 20 đảng viên');
    // with K = 20 the 10 is hidden, and so is what would tell it
    expect(await snap('2023-01-01', 20)).not.toContain('dự kiến kết nạp');
    // from 1 March the year so far (10) would tell January and February's one admission (A01) by subtraction from the period's 9
    const march = await snap('2023-03-01', 5);
    expect(march).not.toContain('dự kiến kết nạp');
    expect(march).toContain('1/2 đơn vị trực thuộc được giao chỉ tiêu có nguy cơ không đạt chỉ tiêu năm 2023: Đảng bộ huyện Đông.');
  });

  it('the report carries progress and at_risk_units', () => {
    const r = runCommand('report', ['--data', 'tests/fixtures/golden', '--unit', 'T', '--from', '2023-01-01', '--to', '2023-08-31']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.progress).toEqual({ year: 2023, as_of: '2023-08-31', target: 16, target_max: 18, admitted: 10, remaining: 6, usual_share: 0.5, projected: 20, at_risk: false });
    expect(json.at_risk_units).toEqual([{ unit_id: 'H1', name: 'Đảng bộ huyện Đông', target: 8, admitted: 4, projected: 6, ready_candidates: 0 }]);
  });
});

describe('progress without previous admissions', () => {
  // tests/fixtures/tiny with a 2023 target of 3 for C3, whose first admission is A4 (01/09/2023):
  // nothing in 2020–2022, so the usual share is the share of the year's days gone by.
  let tiny: OpenedDataset;
  beforeAll(async () => {
    tiny = await openDataset(tinyWith({ 'targets.csv': `${readFileSync(`${TINY}/targets.csv`, 'utf8')}C3,2023,2023,3,\n` }, 'progress-'));
  }, 120_000);
  afterAll(async () => {
    await tiny.engine.close();
  });

  it('takes the days gone by: 273 of 365 at 30/09/2023', async () => {
    const y = await yearProgress(makeCtx(tiny.engine, tiny.loaded), { unitId: 'X2', from: '2023-01-01', to: '2023-09-30' });
    // X2 has no target of its own: C3's 3. 1 / (273/365) = 1,34, rounded to 1 < 3.
    expect(y.progress).toMatchObject({ target: 3, admitted: 1, usualShare: 0.7479, fromHistory: false, projected: 1, atRisk: true });
    // no candidates.csv: the ready candidates are not known
    expect(y.atRisk).toEqual([{ unitId: 'C3', name: 'Chi bộ thôn Ba', target: 3, admitted: 1, projected: 1, readyCandidates: null }]);
    expect(y.progress!.monthly.pace[11]).toBe(3);
  });
});

describe('progress on a country’s summary', () => {
  // the golden set prepared as a country is, opened on its summary alone (as the page first does)
  let summary: OpenedDataset;
  beforeAll(async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'progress-split-')), 'prepared');
    await prepareDataset('tests/fixtures/golden', dir, 'vi', 'always');
    summary = await openDataset(dir, 'vi', { parts: 'none' });
  }, 120_000);
  afterAll(async () => {
    await summary.engine.close();
  });

  it('answers the root and a province from the day’s events, as the whole dataset does; the ready candidates are not at hand', async () => {
    for (const unitId of ['T', 'H1']) {
      const f = { unitId, from: '2023-01-01', to: '2023-08-31' };
      const whole = await progress(unitId, f.from, f.to);
      const y = await yearProgress(forUnit(makeCtx(summary.engine, summary.loaded), unitId), f);
      expect(y).toEqual({ ...whole, atRisk: whole.atRisk.map((u) => ({ ...u, readyCandidates: null })) });
    }
  });
});
