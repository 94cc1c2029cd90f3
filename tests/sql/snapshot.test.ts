import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import type { Filters } from '../../src/filters/filters';
import { formatCount } from '../../src/i18n/format';
import { makeCtx, type Ctx } from '../../src/indicators/context';
import { buildSnapshot, buildSnapshotAudited } from '../../src/report/snapshot/build';
import { buildReport } from '../../src/report/report-json';
import { visibleText } from '../unit/snapshot/visible-text';

const YEAR = (unitId: string): Filters => ({ unitId, from: '2023-01-01', to: '2023-12-31', clauses: [] });
const OPTS = { lang: 'vi', minCell: 5, stagnantYears: 3, generatedAt: '2026-11-22' } as const;
const XSS = '<img src=x onerror=alert(1)>';

const figure = (html: string, id: string) => html.match(new RegExp(`data-figure="${id}" data-value="([^"]*)"`))?.[1];

let golden: OpenedDataset;
let ctx: Ctx;
beforeAll(async () => {
  golden = await openDataset('tests/fixtures/golden');
  ctx = makeCtx(golden.engine, golden.loaded);
});
afterAll(async () => {
  await golden.engine.close();
});

describe('the report snapshot', () => {
  it('carries the KPI numbers of npm run report, with no script and no web address', async () => {
    const html = await buildSnapshot(ctx, YEAR('T'), OPTS);
    const r = await buildReport(golden.engine, golden.loaded, golden.ds, { unitId: 'T', from: '2023-01-01', to: '2023-12-31' });
    expect(figure(html, 'admissions')).toBe(String(r.admissions.count));
    expect(figure(html, 'target')).toBe(String(r.admissions.target));
    expect(figure(html, 'achievement')).toBe(String(r.admissions.achievement_pct));
    expect(r.admissions).toMatchObject({ count: 14, target: 16, achievement_pct: 87.5 });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(html).toContain('BÁO CÁO CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN');
    expect(html).toContain('Số liệu đến ngày');
    expect(html).toContain('31/08/2024');
    expect(html).toContain('22/11/2026');
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it('writes markup in a unit name as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snapshot-xss-'));
    for (const f of readdirSync('tests/fixtures/tiny')) if (f.endsWith('.csv')) copyFileSync(join('tests/fixtures/tiny', f), join(dir, f));
    const units = readFileSync(join(dir, 'units.csv'), 'utf8').replace('Đảng bộ tỉnh Thử', `"${XSS} Đảng bộ tỉnh Thử"`).replace('Chi bộ thôn Ba', `"${XSS}"`);
    writeFileSync(join(dir, 'units.csv'), units);
    const opened = await openDataset(dir);
    try {
      const html = await buildSnapshot(makeCtx(opened.engine, opened.loaded), YEAR('P'), OPTS);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toContain('onerror=alert(1)>');
    } finally {
      await opened.engine.close();
    }
  });

  it('hides a small admissions count and the achievement computed from it, in text and in attributes', async () => {
    const tiny = await openDataset('tests/fixtures/tiny');
    try {
      // H1 in 2023: A1, A2 (C1) and A3 (C2): 3 admissions against a target of 3
      const { html, hidden } = await buildSnapshotAudited(makeCtx(tiny.engine, tiny.loaded), YEAR('H1'), OPTS);
      expect(hidden.get('adm')).toBe(3);
      expect(figure(html, 'admissions')).toBe('');
      expect(figure(html, 'achievement')).toBe('');
      expect(figure(html, 'target')).toBe('3');
      expect(html).toContain('kết nạp &lt; 5 đảng viên');
      expect(html).not.toContain('100,00%');
      expect(figure(html, 'members')).toBe('');
      // the target is a plan, not people: the only small number left in an attribute
      expect(html.match(/data-value="[1-4]"/g)).toEqual(['data-value="3"']);
      expect(visibleText(html)).toContain('Để không nhận diện được cá nhân');
    } finally {
      await tiny.engine.close();
    }
  });

  it('hides a second count where a small one could be recovered by subtraction, and prints no hidden number', async () => {
    const { html, hidden } = await buildSnapshotAudited(ctx, YEAR('T'), OPTS);
    const text = visibleText(html);
    // Biểu 1: 18 at the start + 5 admitted = 19 at the end + 4 left: with 4 hidden, 19 would give it away
    expect(hidden.get('b1.left')).toBe(4);
    expect(hidden.get('mem')).toBe(19);
    expect(figure(html, 'members')).toBe('');
    expect(text).toContain('toàn đảng bộ có x đảng viên');
    expect(text).toMatch(/Ô ghi "x"/);
    // the coverage: 6 cells with admissions of 10 is hidden because "without" (4) is small
    expect(hidden.get('cov.*.with')).toBe(6);
    expect(text).toMatch(/^Tổng cộng \| 10 \| x \| < 5 \| — \| 14$/m);
    // no hidden value in a printed position: a table cell, an attribute, a chart label
    for (const [id, v] of hidden) expect(html, id).not.toContain(`data-value="${v}"`);
    // each kind of admission hidden prints "< 5" or "x" in its row, never its number
    for (const [label, id] of [['Dân tộc thiểu số', 'adm.flag.ethnic_minority'], ['Kết nạp lại', 'adm.flag.readmission']]) {
      expect(hidden.has(id), id).toBe(true);
      expect(text).toContain(`${label} | < 5 | —`);
      expect(text).not.toContain(`${label} | ${formatCount(hidden.get(id)!, 'vi')} |`);
    }
    expect(text).not.toMatch(/Đảng viên cuối kỳ \(ngày 31\/12\/2023\) \| 19/);
    expect(text).not.toMatch(/Giảm trong kỳ \| 4\b/);
  });

  it('prints Biểu 3, hiding the members the other sections hide and each row’s as Biểu 1 hides its Cuối kỳ', async () => {
    const { html, hidden } = await buildSnapshotAudited(ctx, YEAR('T'), OPTS);
    const text = visibleText(html);
    const b1 = text.slice(text.indexOf('Biểu 1: Tăng, giảm đảng viên'), text.indexOf('Biểu 2: Đảng viên mới kết nạp'));
    const b3 = text.slice(text.indexOf('Biểu 3: Đội ngũ đảng viên'), text.indexOf('VII. Giải thích số liệu'));
    expect(b3).not.toContain('không in trong bản công bố này');
    // the 19 members are hidden in the headline (Biểu 1's balance would give the 4 who left away): in Biểu 3 too
    expect(hidden.get('mem')).toBe(19);
    expect(b3).toMatch(/^\| Tổng số \| x \| 10 \|/m);
    // H1's 11: Biểu 1 hides its Cuối kỳ, so Biểu 3 hides it too, and its mean age with it
    expect(b1).toMatch(/^1 \| Đảng bộ huyện Đông \|.* \| x$/m);
    expect(b3).toMatch(/^1 \| Đảng bộ huyện Đông \| x \| 5 \|/m);
    expect(b3).not.toContain('46,9');
    for (const [id, v] of hidden) expect(html, id).not.toContain(`data-value="${v}"`);
  });

  it('matches the golden text (root unit, 2023, K = 5)', async () => {
    const text = visibleText(await buildSnapshot(ctx, YEAR('T'), OPTS));
    const file = 'tests/golden/snapshot/golden-2023-vi.txt';
    if (process.env.UPDATE_GOLDEN) {
      writeFileSync(file, text);
      return;
    }
    expect(existsSync(file), `${file} is missing: UPDATE_GOLDEN=1 creates it`).toBe(true);
    const want = readFileSync(file, 'utf8');
    if (text !== want) {
      writeFileSync(file.replace(/\.txt$/, '-changed.txt'), text);
      expect.fail(`${file} differs: see ${file.replace(/\.txt$/, '-changed.txt')} (UPDATE_GOLDEN=1 to accept)`);
    }
  });
});

describe('the snapshot of the sample data', () => {
  it('prints the three forms; Biểu 3’s Tổng số is the members of the headline', async () => {
    const sample = await openDataset('data');
    try {
      const html = await buildSnapshot(makeCtx(sample.engine, sample.loaded), YEAR('T01'), OPTS);
      const text = visibleText(html);
      expect(text).not.toContain('không in trong bản công bố này');
      const members = Number(figure(html, 'members'));
      expect(members).toBeGreaterThan(1000);
      const b3 = text.slice(text.indexOf('Biểu 3: Đội ngũ đảng viên'));
      expect(b3).toMatch(new RegExp(`^\\| Tổng số \\| ${formatCount(members, 'vi').replace('.', '\\.')} \\|`, 'm'));
      expect(html).toContain('<table class="form-table" data-form="bieu3">');
    } finally {
      await sample.engine.close();
    }
  }, 120_000);
});

describe('npm run snapshot', () => {
  const TSX = join('node_modules', '.bin', 'tsx');
  const run = (args: string[]) => spawnSync(TSX, ['scripts/snapshot.ts', ...args], { encoding: 'utf8' });

  it('fails with one line on an unknown unit', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'snapshot-')), 's.html');
    const r = run(['--data', 'tests/fixtures/tiny', '--unit', 'NOPE', '--from', '2023-01-01', '--to', '2023-12-31', '--out', out]);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('NOPE');
    expect(existsSync(out)).toBe(false);
  });

  it('fails with one line on a missing data folder', () => {
    const r = run(['--data', 'tests/fixtures/nothing-here', '--unit', 'P', '--out', join(tmpdir(), 'x.html')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('writes the unit, each sub-unit and an index with --children', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
    const r = run(['--data', 'tests/fixtures/golden', '--unit', 'T', '--from', '2023-01-01', '--to', '2023-12-31', '--out', join(dir, 'pack.html'), '--children', '--date', '2026-11-22']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['pack-H1.html', 'pack-H2.html', 'pack-index.html', 'pack.html']);
    const index = readFileSync(join(dir, 'pack-index.html'), 'utf8');
    for (const f of ['pack.html', 'pack-H1.html', 'pack-H2.html']) expect(index).toContain(`href="${f}"`);
    expect(index).not.toMatch(/<script|https?:\/\//i);
  });
});
