import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import { makeCtx } from '../../src/indicators/context';
import { periodSubUnits } from '../../src/indicators/subunits';
import { BASE, launch, ready, tableRows, watchedPage } from './browser';

const UNIT = 'T01';
const [FROM, TO] = ['2025-01-01', '2025-12-31'];
const VIEW = `${BASE}?view=units&unit=${UNIT}&from=${FROM}&to=${TO}`;

function report(unit: string, from: string, to: string) {
  const out = execFileSync('node_modules/.bin/tsx', ['scripts/report.ts', '--data', 'data', '--unit', unit, '--from', from, '--to', to], { encoding: 'utf8' });
  return JSON.parse(out);
}

// every row, scrolled through: the table draws only the rows near its view
const rowIds = async (page: Page) => (await tableRows(page, 'units-table')).filter((r) => !r.group).map((r) => r.id);
const colValues = async (page: Page, col: string) => (await tableRows(page, 'units-table')).filter((r) => !r.group).map((r) => Number(r.values[col]));

let browser: Browser;
let d: OpenedDataset;
beforeAll(async () => {
  [browser, d] = await Promise.all([launch(), openDataset('data')]);
  // the tiny dataset with names a spreadsheet would run as formulas, and markup
  mkdirSync('dist/e2e-data/evil-names', { recursive: true });
  cpSync('tests/fixtures/tiny', 'dist/e2e-data/evil-names', { recursive: true });
  const units = readFileSync('tests/fixtures/tiny/units.csv', 'utf8')
    .replace('Đảng bộ huyện Một', '"=HYPERLINK(""http://example.invalid"",""Bấm"")"')
    .replace('Đảng bộ huyện Hai', '<img src=x onerror=alert(1)>');
  writeFileSync('dist/e2e-data/evil-names/units.csv', units);
});
afterAll(async () => {
  await browser?.close();
  await d?.engine.close();
});

describe('Đơn vị view on the sample', () => {
  it('has one row per sub-unit, and its totals row equals npm run report', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(VIEW);
    await ready(w.page);
    const subs = periodSubUnits(makeCtx(d.engine, d.loaded), { unitId: UNIT, from: FROM, to: TO, clauses: [] });
    expect(subs.length).toBeGreaterThan(10);
    expect((await rowIds(w.page)).sort()).toEqual(subs.map((s) => s.id).sort());
    const r = report(UNIT, FROM, TO);
    const totals = w.page.locator('[data-testid="units-table"] [data-testid="totals"]');
    expect(await totals.locator('[data-col="admissions"]').getAttribute('data-value')).toBe(String(r.admissions.count));
    expect(await totals.locator('[data-col="target"]').getAttribute('data-value')).toBe(String(r.admissions.target ?? ''));
    expect(await totals.locator('[data-col="achievement"]').getAttribute('data-value')).toBe(String(r.admissions.achievement_pct ?? ''));
    expect(await totals.locator('[data-col="members"]').getAttribute('data-value')).toBe(String(r.members.count));
    // Vietnamese number formats, and the dissolved districts say so
    expect(await totals.locator('[data-col="members"]').textContent()).toBe(new Intl.NumberFormat('vi-VN').format(r.members.count));
    expect(await totals.locator('[data-col="achievement"]').textContent()).toMatch(/^\d+,\d{2}%$/);
    expect(await w.page.textContent('[data-testid="units-table"] [data-testid="row"][data-id="T01.H01"] [data-col="name"]')).toContain('(đến 30/06/2025)');
    expect(await w.page.isVisible('[data-testid="units-ranking"] svg')).toBe(true);
    expect(await w.page.locator('[data-testid="units-ranking"] svg path').count()).toBeGreaterThan(0); // drawn
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.screenshot({ path: 'tests/e2e/artifacts/units.png', fullPage: true });
  });

  it('exports the table as .xlsx with numbers as numbers, equal to npm run report', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(VIEW);
    await ready(w.page);
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('[data-testid="units-table"] [data-testid="xlsx"]')]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const [{ data }] = await readXlsxFile(readFileSync((await download.path())!));
    const [header, ...body] = data;
    const col = (name: string) => header!.indexOf(name);
    expect(header!.slice(0, 7)).toEqual(['Đơn vị', 'Loại', 'Kết nạp', 'Cùng kỳ năm trước', '± cùng kỳ', 'Chỉ tiêu', 'Đạt %']);
    const subs = periodSubUnits(makeCtx(d.engine, d.loaded), { unitId: UNIT, from: FROM, to: TO, clauses: [] });
    expect(body).toHaveLength(subs.length + 1); // and the totals row
    // every count and share is a number cell, not text: Excel in any regional setting reads it as such
    for (const row of body) {
      expect(typeof row[col('Kết nạp')]).toBe('number');
      expect(typeof row[col('Đảng viên cuối kỳ')]).toBe('number');
    }
    const r = report(UNIT, FROM, TO);
    const totals = body.at(-1)!;
    expect(totals[col('Kết nạp')]).toBe(r.admissions.count);
    expect(totals[col('Đảng viên cuối kỳ')]).toBe(r.members.count);
    expect(totals[col('Chỉ tiêu')]).toBe(r.admissions.target);
    expect(totals[col('Cùng kỳ năm trước')]).toBe(r.comparison.admissions);
    expect(totals[col('± cùng kỳ')]).toBe(r.comparison.admissions_change);
    // a share is the fraction, shown by Excel's own percent format
    expect(totals[col('Đạt %')] as number).toBeCloseTo(r.admissions.achievement_pct / 100, 6);
    expect(w.errors).toEqual([]);
  });

  it('draws the rows near its view, the others as they are scrolled to, and every row when printed', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(VIEW);
    await ready(w.page);
    const total = periodSubUnits(makeCtx(d.engine, d.loaded), { unitId: UNIT, from: FROM, to: TO, clauses: [] }).length;
    expect(total).toBeGreaterThan(30);
    const table = w.page.locator('[data-testid="units-table"] table');
    const drawn = () => w.page.$$eval('[data-testid="units-table"] [data-testid="row"]', (rs) => rs.map((r) => Number(r.getAttribute('aria-rowindex'))));
    expect(await w.page.getAttribute('[data-testid="units-table"] [data-testid="row-count"]', 'data-value')).toBe(String(total));
    // header rows (column groups, names, filters) + the rows + the totals row
    const headRows = await table.locator('thead tr').count();
    const rowCount = Number(await table.getAttribute('aria-rowcount'));
    expect(rowCount).toBe(headRows + total + 1);
    const top = await drawn();
    expect(top.length).toBeGreaterThan(5);
    expect(top.length).toBeLessThan(total);
    expect(top[0]).toBe(headRows + 1);
    // scrolled to the bottom, the last row is drawn, and the blank space above stands for the rest
    await w.page.$eval('[data-testid="units-table"] .dt-scroll', (box) => (box.scrollTop = box.scrollHeight));
    await w.page.waitForFunction((last) => [...document.querySelectorAll('[data-testid="units-table"] [data-testid="row"]')].some((r) => Number(r.getAttribute('aria-rowindex')) === last), rowCount - 1);
    expect((await drawn()).length).toBeLessThan(total);
    // printed: every row
    await w.page.emulateMedia({ media: 'print' });
    await w.page.waitForFunction((n) => document.querySelectorAll('[data-testid="units-table"] [data-testid="row"]').length === n, total);
    // and its scroll box does not cut them
    expect(await w.page.$eval('[data-testid="units-table"] .dt-scroll', (b) => b.scrollHeight - b.clientHeight)).toBeLessThanOrEqual(1);
    await w.page.emulateMedia({ media: 'screen' });
    await w.page.waitForFunction((n) => document.querySelectorAll('[data-testid="units-table"] [data-testid="row"]').length < n, total);
    expect(w.errors).toEqual([]);
  });

  it('out of sight, the table keeps the rows before a change until it comes near (or the page is idle)', async () => {
    const w = await watchedPage(browser);
    // idle moments never come here: only nearness draws what is held
    await w.page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await w.page.goto(VIEW);
    await ready(w.page);
    const admissions = () => w.page.getAttribute('[data-testid="units-table"] [data-testid="totals"] [data-col="admissions"]', 'data-value');
    expect(await admissions()).toBe(String(report(UNIT, FROM, TO).admissions.count));
    // a change of period that keeps the table below the fold (the ranking chart, as tall, fills the view)
    await w.page.evaluate(() => {
      history.pushState(null, '', location.search.replace('from=2025-01-01', 'from=2021-01-01'));
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await w.page.waitForSelector('body[data-ready="1"][data-ready-for*="from=2021-01-01"]', { state: 'attached' });
    expect(await w.page.getAttribute('body', 'data-held')).not.toBeNull();
    expect(await admissions()).toBe(String(report(UNIT, FROM, TO).admissions.count));
    // printed, it draws the new rows, and nothing is held any more
    await w.page.emulateMedia({ media: 'print' });
    await w.page.waitForSelector('body[data-ready="1"]:not([data-held])', { state: 'attached' });
    expect(await admissions()).toBe(String(report(UNIT, '2021-01-01', TO).admissions.count));
    await w.page.emulateMedia({ media: 'screen' });
    // back to 2025 below the fold: held again until scrolled to
    await w.page.evaluate(() => {
      history.pushState(null, '', location.search.replace('from=2021-01-01', 'from=2025-01-01'));
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await w.page.waitForSelector('body[data-ready="1"][data-ready-for*="from=2025-01-01"]', { state: 'attached' });
    expect(await w.page.getAttribute('body', 'data-held')).not.toBeNull();
    expect(await admissions()).toBe(String(report(UNIT, '2021-01-01', TO).admissions.count));
    await w.page.locator('[data-testid="units-table"]').scrollIntoViewIfNeeded();
    await w.page.waitForSelector('body[data-ready="1"]:not([data-held])', { state: 'attached' });
    expect(await admissions()).toBe(String(report(UNIT, FROM, TO).admissions.count));
    expect(w.errors).toEqual([]);
  });

  it('sorts by a column on a header click, both ways, with aria-sort', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(VIEW);
    await ready(w.page);
    const before = await rowIds(w.page);
    const header = w.page.locator('[data-testid="units-table"] th[data-col="admissions"]');
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const desc = await colValues(w.page, 'admissions');
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(await rowIds(w.page)).not.toEqual(before);
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const asc = await colValues(w.page, 'admissions');
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
  });

  it('filters a column, groups by kind with subtotals', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(VIEW);
    await ready(w.page);
    await w.page.fill('[data-testid="units-table"] [data-testid="filter-name"]', 'phuong');
    const names = await w.page.$$eval('[data-testid="units-table"] [data-testid="row"] [data-col="name"]', (cs) => cs.map((c) => c.textContent ?? ''));
    expect(names.length).toBeGreaterThan(0);
    // case- and diacritic-insensitive: "phuong" finds "phường" and "Phượng"
    const fold = (x: string) => x.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
    expect(names.every((n) => fold(n).includes('phuong'))).toBe(true);
    await w.page.fill('[data-testid="units-table"] [data-testid="filter-name"]', '');
    await w.page.fill('[data-testid="units-table"] [data-testid="filter-admissions"]', '30');
    expect((await colValues(w.page, 'admissions')).every((v) => v >= 30)).toBe(true);
    await w.page.fill('[data-testid="units-table"] [data-testid="filter-admissions"]', '');
    await w.page.check('[data-testid="units-table"] [data-testid="group-toggle"]');
    const groups = (await tableRows(w.page, 'units-table')).filter((r) => r.group).map((r) => Number(r.values.admissions));
    const all = await colValues(w.page, 'admissions');
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.reduce((a, b) => a + b, 0)).toBe(all.reduce((a, b) => a + b, 0));
  });

  it('drills down on a row click and with the keyboard', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(VIEW);
    await ready(w.page);
    const [first, second] = await rowIds(w.page);
    await w.page.click(`[data-testid="units-table"] [data-testid="row"][data-id="${first}"]`);
    await w.page.waitForURL((u) => u.searchParams.get('unit') === first);
    await ready(w.page);
    expect(new URL(w.page.url()).searchParams.get('view')).toBe('units');
    await w.page.goBack();
    await w.page.waitForURL((u) => u.searchParams.get('unit') === UNIT);
    await ready(w.page);
    await w.page.focus(`[data-testid="units-table"] [data-testid="row"][data-id="${second}"]`);
    await w.page.keyboard.press('Enter');
    await w.page.waitForURL((u) => u.searchParams.get('unit') === second);
    await ready(w.page);
    expect(w.errors).toEqual([]);
  });

  it('a party cell has no sub-units: a sentence says so', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?view=units&unit=T01.H02.X01.C001&from=${FROM}&to=${TO}`);
    await ready(w.page);
    expect(await w.page.textContent('[data-testid="units-empty"]')).toContain('là chi bộ, không có đơn vị trực thuộc');
    expect(w.errors).toEqual([]);
  });
});

describe('Đơn vị CSV export', () => {
  it('has a BOM, the visible columns, every filtered row, and formulas neutralised', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?data=e2e-data/evil-names&view=units&unit=P&from=2023-01-01&to=2023-12-31`);
    await ready(w.page);
    // markup in a name is text on the page, never markup
    expect(await w.page.textContent('[data-testid="units-table"] [data-testid="row"][data-id="H2"] [data-col="name"]')).toContain('<img src=x onerror=alert(1)>');
    expect(await w.page.$$('[data-testid="units-table"] img')).toHaveLength(0);
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('[data-testid="units-table"] [data-testid="csv"]')]);
    const raw = readFileSync((await download.path())!, 'utf8');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    const lines = raw.slice(1).trim().split(/\r\n/);
    expect(lines[0].startsWith('Đơn vị,Loại,Kết nạp,Cùng kỳ năm trước,± cùng kỳ,Chỉ tiêu,Đạt %')).toBe(true);
    // H1, H2 (and the totals row); N1 was formed in 2025
    expect(lines).toHaveLength(1 + 2 + 1);
    const h1 = lines.find((l) => l.includes('HYPERLINK'))!;
    expect(h1).toMatch(/^"?'=HYPERLINK/);
    expect(raw).not.toMatch(/(^|,|")=HYPERLINK/m);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
