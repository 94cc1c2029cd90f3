import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, kpiValues, launch, pickUnit, ready, watchedPage } from './browser';

function report(data: string, unit: string, from: string, to: string) {
  const out = execFileSync('node_modules/.bin/tsx', ['scripts/report.ts', '--data', data, '--unit', unit, '--from', from, '--to', to], {
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

const asValue = (n: number | null) => (n === null ? '' : String(n));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('the bundled sample', () => {
  it('loads offline, in Vietnamese, and its KPI tiles equal npm run report', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(BASE);
    await ready(w.page);
    const url = new URL(w.page.url());
    const unit = url.searchParams.get('unit')!;
    const from = url.searchParams.get('from')!;
    const to = url.searchParams.get('to')!;
    expect(from).toMatch(/^\d{4}-01-01$/);
    expect(to).toBe(`${from.slice(0, 4)}-12-31`);
    const r = report('data', unit, from, to);
    expect(r.unit.path).toHaveLength(1);
    expect(await kpiValues(w.page)).toEqual({
      admissions: asValue(r.admissions.count),
      target: asValue(r.admissions.target),
      achievement: asValue(r.admissions.achievement_pct),
      members: asValue(r.members.count),
    });
    // the same period a year earlier (cùng kỳ), as the report's "comparison" says
    expect(await w.page.getAttribute('[data-testid="kpi-admissions"]', 'data-previous')).toBe(String(r.comparison.admissions));
    expect(await w.page.getAttribute('[data-testid="kpi-members"]', 'data-previous')).toBe(String(r.comparison.members));
    expect(await w.page.textContent('[data-testid="kpi-admissions"] .kpi-previous')).toContain(`Năm ${Number(from.slice(0, 4)) - 1}: ${new Intl.NumberFormat('vi-VN').format(r.comparison.admissions)}`);
    // the year the data ends in is labelled as partial, not read as a fall (the note on a second line under the year)
    expect(await w.page.textContent('[data-testid="chart-target"]')).toMatch(/2026\s*\(đến 31\/10\)/);
    const shown = await w.page.textContent('[data-testid="kpi-members"] .kpi-value');
    expect(shown).toBe(new Intl.NumberFormat('vi-VN').format(r.members.count));
    expect(shown).toMatch(/^\d{1,3}(\.\d{3})+$/);
    expect(await w.page.textContent('h1')).toBe('Phát triển đảng viên');
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.screenshot({ path: 'tests/e2e/artifacts/sample.png', fullPage: true });
  });

  it('opens exactly the view a link names, and its numbers equal the report', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(BASE);
    await ready(w.page);
    const unit = 'T01.XM05';
    const [from, to] = ['2023-01-01', '2023-08-31'];
    await w.page.goto(`${BASE}?unit=${encodeURIComponent(unit)}&from=${from}&to=${to}`);
    await ready(w.page);
    const r = report('data', unit, from, to);
    expect(await kpiValues(w.page)).toEqual({
      admissions: asValue(r.admissions.count),
      target: asValue(r.admissions.target),
      achievement: asValue(r.admissions.achievement_pct),
      members: asValue(r.members.count),
    });
    // a part of a year against the same dates of the year before
    expect(r.comparison).toMatchObject({ from: '2022-01-01', to: '2022-08-31' });
    expect(await w.page.getAttribute('[data-testid="kpi-admissions"]', 'data-previous')).toBe(String(r.comparison.admissions));
    expect(await w.page.getAttribute('[data-testid="kpi-members"]', 'data-previous')).toBe(String(r.comparison.members));
    expect(await w.page.textContent('[data-testid="breadcrumb"] b')).toBe(r.unit.name);
    expect(w.errors).toEqual([]);
  });

  it('choosing a unit and a year updates the tiles and the URL; Back returns', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(BASE);
    await ready(w.page);
    const first = await kpiValues(w.page);
    const unit = 'T01.H02';
    await pickUnit(w.page, unit, 'huyen tan chau');
    await w.page.waitForURL((u) => u.searchParams.get('unit') === unit);
    await ready(w.page);
    const u = new URL(w.page.url());
    const r = report('data', unit, u.searchParams.get('from')!, u.searchParams.get('to')!);
    expect((await kpiValues(w.page)).admissions).toBe(String(r.admissions.count));
    await w.page.goBack();
    await w.page.waitForURL((x) => x.searchParams.get('unit') !== unit);
    await ready(w.page);
    expect(await kpiValues(w.page)).toEqual(first);
  });
});

describe('loading files', () => {
  it('?data=<folder> loads that folder, and "không giao chỉ tiêu" shows when no target applies', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?data=e2e-data/tiny&unit=P&from=2021-01-01&to=2021-12-31`);
    await ready(w.page);
    expect(await kpiValues(w.page)).toEqual({ admissions: '1', target: '', achievement: '', members: '4' });
    expect(await w.page.textContent('[data-testid="kpi-target"] .kpi-value')).toBe('không giao chỉ tiêu');
    await w.page.goto(`${BASE}?data=e2e-data/tiny&unit=P&from=2022-01-01&to=2022-12-31`);
    await ready(w.page);
    expect(await w.page.textContent('[data-testid="kpi-achievement"] .kpi-value')).toBe('14,29%');
    expect(w.foreign).toEqual([]);
  });

  it('a bad drop gives a clear report and the data on screen stays', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(BASE);
    await ready(w.page);
    const before = await kpiValues(w.page);
    const url = w.page.url();
    // units.csv without its required column `kind`, and no members.csv at all
    await w.page.setInputFiles('[data-testid="file-input"]', [
      { name: 'units.csv', mimeType: 'text/csv', buffer: Buffer.from('unit_id,parent_id,name\nP,,Tỉnh\n') },
      { name: 'admissions.csv', mimeType: 'text/csv', buffer: readFileSync('tests/fixtures/tiny/admissions.csv') },
    ]);
    await w.page.waitForSelector('[data-testid="load-report"][data-ok="0"]');
    await ready(w.page);
    const problems = await w.page.$$eval('[data-testid="load-problem"]', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(problems.join('\n')).toContain('members');
    expect(problems.join('\n')).toContain('kind');
    expect(await kpiValues(w.page)).toEqual(before);
    expect(w.page.url()).toBe(url);
    expect(w.errors).toEqual([]);
  });

  it('a file with bad rows loads the good ones and offers the rejected ones for download', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(BASE);
    await ready(w.page);
    const tiny = (f: string) => readFileSync(`tests/fixtures/tiny/${f}`);
    const badAdmissions = Buffer.concat([
      tiny('admissions.csv'),
      Buffer.from('A11,,C1,31/02/2023,nu,2000,Kinh,,thpt,dai_hoc,nong_dan,1,0\nA12,,NOWHERE,01/03/2023,nam,1999,Kinh,,thpt,dai_hoc,nong_dan,1,0\n'),
    ]);
    await w.page.setInputFiles('[data-testid="file-input"]', [
      { name: 'units.csv', mimeType: 'text/csv', buffer: tiny('units.csv') },
      { name: 'members.csv', mimeType: 'text/csv', buffer: tiny('members.csv') },
      { name: 'admissions.csv', mimeType: 'text/csv', buffer: badAdmissions },
      { name: 'targets.csv', mimeType: 'text/csv', buffer: tiny('targets.csv') },
    ]);
    await w.page.waitForSelector('[data-testid="load-report"][data-ok="1"]');
    await ready(w.page);
    const adm = w.page.locator('[data-testid="load-admissions"]');
    expect(await adm.locator('[data-testid="rows"]').textContent()).toBe('12');
    expect(await adm.locator('[data-testid="loaded"]').textContent()).toBe('10');
    expect(await adm.locator('[data-testid="rejected"]').textContent()).toBe('2');
    const errorsText = await adm.locator('table.errors').textContent();
    expect(errorsText).toContain('31/02/2023');
    expect(errorsText).toContain('NOWHERE');
    const [download] = await Promise.all([w.page.waitForEvent('download'), adm.locator('[data-testid="download-rejected-admissions"]').click()]);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines[0].endsWith(',error')).toBe(true);
    expect(lines[1]).toContain('A11');
    expect(lines[2]).toContain('A12');
    // the new dataset is on screen: the tiny province
    expect(new URL(w.page.url()).searchParams.get('unit')).toBe('P');
    expect(w.errors).toEqual([]);
  });

  it('reads an Excel workbook with the same checks', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(BASE);
    await ready(w.page);
    const tiny = (f: string) => readFileSync(`tests/fixtures/tiny/${f}`);
    await w.page.setInputFiles('[data-testid="file-input"]', [
      { name: 'units.csv', mimeType: 'text/csv', buffer: tiny('units.csv') },
      { name: 'members.csv', mimeType: 'text/csv', buffer: tiny('members.csv') },
      { name: 'targets.csv', mimeType: 'text/csv', buffer: tiny('targets.csv') },
      { name: 'admissions.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync('tests/fixtures/dataset/admissions.xlsx') },
    ]);
    await w.page.waitForSelector('[data-testid="load-report"][data-ok="1"]');
    await ready(w.page);
    const adm = w.page.locator('[data-testid="load-admissions"]');
    expect(await adm.locator('[data-testid="rows"]').textContent()).toBe('3');
    expect(await adm.locator('[data-testid="loaded"]').textContent()).toBe('2');
    expect(await adm.locator('[data-testid="rejected"]').textContent()).toBe('1');
    expect(await adm.locator('table.errors').textContent()).toContain('31/02/2023');
    await w.page.selectOption('[data-testid="period-preset"]', 'y-2023');
    await w.page.waitForURL((u) => u.searchParams.get('from') === '2023-01-01');
    await ready(w.page);
    // A1 (15/03/2023) and A2 (01/01/2023) at C1, against the province's 2023 target of 10
    expect(await kpiValues(w.page)).toEqual({ admissions: '2', target: '10', achievement: '20', members: '4' });
    expect(w.errors).toEqual([]);
  });
});
