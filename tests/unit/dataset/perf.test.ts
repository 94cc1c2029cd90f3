import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/dataset/import';
import { utf8 } from './helpers';

/**
 * A million-row members file, generated here and never committed.
 * Opt-in (slow, memory-hungry): DATASET_PERF=1 npx vitest run tests/unit/dataset/perf.test.ts
 */
describe.runIf(process.env.DATASET_PERF)('a 1,000,000-row members file', () => {
  it('imports in a few seconds', () => {
    const units = ['unit_id,parent_id,name,kind', 'P,,Tỉnh,dang_bo'];
    for (let i = 0; i < 5000; i++) units.push(`C${i},P,Chi bộ ${i},chi_bo`);
    const sexes = ['Nam', 'Nữ', 'nam', 'nu'];
    const edu = ['12/12', 'THPT', '9/12', 'thcs'];
    const qual = ['Đại học', 'Thạc sĩ', 'Không', 'Trung cấp'];
    const lines = ['member_id,unit_id,sex,birth_year,ethnicity,religion,education,qualification,political_theory,occupation,admitted_on,official_on,left_on,left_reason'];
    for (let i = 0; i < 1_000_000; i++) {
      const y = 1950 + (i % 50);
      const d = 1 + (i % 28);
      const m = 1 + (i % 12);
      const left = i % 20 === 0;
      lines.push(
        `M${i},C${i % 5000},${sexes[i & 3]},${y},${i % 10 ? 'Kinh' : 'Tày'},${i % 7 ? '' : 'Phật giáo'},${edu[i & 3]},${qual[(i >> 2) & 3]},` +
          `${i % 3 ? 'Sơ cấp' : 'trung_cap'},Nông dân,${d}/${m}/${y + 25},${y + 26}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')},` +
          `${left ? '01/01/2020' : ''},${left ? 'Từ trần' : ''}`,
      );
    }
    const members = utf8(lines.join('\n') + '\n');
    lines.length = 0;
    const start = performance.now();
    const res = importDataset([
      { name: 'units.csv', bytes: utf8(units.join('\n')) },
      { name: 'members.csv', bytes: members },
      { name: 'admissions.csv', bytes: utf8('admission_id,unit_id,admitted_on\nA1,C1,2020-01-01\n') },
    ], { now: new Date('2025-06-01') });
    const seconds = (performance.now() - start) / 1000;
    console.log(`1,000,000 members (${(members.length / 1e6).toFixed(0)} MB) imported in ${seconds.toFixed(1)} s`);
    expect(res.tables.members!.loaded).toBe(1_000_000);
    expect(seconds).toBeLessThan(15);
  }, 120_000);
});
