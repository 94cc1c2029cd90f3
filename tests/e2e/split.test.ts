import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, kpiValues, launch, pickUnit, ready, watchedPage } from './browser';

const SPLIT = 'dist/e2e-data/golden-split';

/** What `npm run report` says of a unit and period of a dataset folder (a split one is read whole). */
function report(data: string, unit: string, from: string, to: string) {
  return JSON.parse(execFileSync('node_modules/.bin/tsx', ['scripts/report.ts', '--data', data, '--unit', unit, '--from', from, '--to', to], { encoding: 'utf8' }));
}

const asValue = (n: number | null) => (n === null ? '' : String(n));

async function tilesOfReport(data: string, unit: string, from: string, to: string) {
  const r = report(data, unit, from, to);
  return { admissions: asValue(r.admissions.count), target: asValue(r.admissions.target), achievement: asValue(r.admissions.achievement_pct), members: asValue(r.members.count) };
}

/** The files of the dataset the page asked the server for, by path below the site. */
function fetched(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.(duckdb|csv|json)$/.test(path)) files.push(path.replace(/^\//, ''));
  });
  return files;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('a prepared dataset split by top-level unit (the golden set as two provinces)', () => {
  it('opens on the summary, drills into a province by attaching its file with progress, and shows what npm run report says', async () => {
    const w = await watchedPage(browser);
    const files = fetched(w.page);
    const [from, to] = ['2023-01-01', '2023-12-31'];
    await w.page.goto(`${BASE}?data=e2e-data/golden-split&unit=T&from=${from}&to=${to}`);
    await ready(w.page);
    expect(await kpiValues(w.page)).toEqual(await tilesOfReport(SPLIT, 'T', from, to));
    expect(files.filter((f) => f.endsWith('.duckdb'))).toEqual(['e2e-data/golden-split/summary.duckdb']);
    // the whole country's cells are not in the summary: the panel says so instead of counting part of them
    await w.page.click('[data-testid="tab-cells"]');
    await ready(w.page);
    expect(await w.page.textContent('main.view')).toContain('cần dữ liệu chi tiết');

    await w.page.click('[data-testid="tab-overview"]');
    await ready(w.page);
    const progress = w.page.waitForSelector('[data-testid="progress"]:has-text("Đang tải dữ liệu chi tiết của Đảng bộ huyện Đông")', { state: 'attached' });
    await pickUnit(w.page, 'H1', 'huyen dong');
    await progress;
    await w.page.waitForURL((u) => u.searchParams.get('unit') === 'H1');
    await ready(w.page);
    expect(await kpiValues(w.page)).toEqual(await tilesOfReport(SPLIT, 'H1', from, to));
    expect(files.filter((f) => f.endsWith('.duckdb'))).toEqual(['e2e-data/golden-split/summary.duckdb', 'e2e-data/golden-split/parts/001-H1.duckdb']);

    // below the province, from its file: the cells view counts again
    await w.page.click('[data-testid="tab-cells"]');
    await ready(w.page);
    expect(await w.page.textContent('main.view')).not.toContain('cần dữ liệu chi tiết');
    await pickUnit(w.page, 'X4', 'binh minh');
    await w.page.waitForURL((u) => u.searchParams.get('unit') === 'X4');
    await ready(w.page);
    await w.page.click('[data-testid="tab-overview"]');
    await ready(w.page);
    expect(await kpiValues(w.page)).toEqual(await tilesOfReport(SPLIT, 'X4', from, to));
    expect(files.filter((f) => f.includes('002-H2'))).toEqual([]);
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.screenshot({ path: 'tests/e2e/artifacts/split-drilled.png', fullPage: true });
  });

  it('a link into a province opens there at once, a part of a year too', async () => {
    const w = await watchedPage(browser);
    const [from, to] = ['2022-03-01', '2023-08-31'];
    await w.page.goto(`${BASE}?data=e2e-data/golden-split&unit=X5&from=${from}&to=${to}`);
    await ready(w.page);
    expect(await kpiValues(w.page)).toEqual(await tilesOfReport(SPLIT, 'X5', from, to));
    // the whole country for a part of a year: the tiles from the summary's day events
    await w.page.click('[data-testid="breadcrumb"] button');
    await w.page.waitForURL((u) => u.searchParams.get('unit') === 'T');
    await ready(w.page);
    expect(await kpiValues(w.page)).toEqual(await tilesOfReport(SPLIT, 'T', from, to));
    expect(w.errors).toEqual([]);
  });
});

describe('the bundled sample ships prepared', () => {
  it('its first screen attaches dataset.duckdb and reads no CSV', async () => {
    const w = await watchedPage(browser);
    const files = fetched(w.page);
    await w.page.goto(BASE);
    await ready(w.page);
    expect(files.filter((f) => f.endsWith('.duckdb'))).toEqual(['data/dataset.duckdb']);
    expect(files.filter((f) => f.endsWith('.csv'))).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
