import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset, type OpenedDataset } from '../../scripts/lib/open-dataset';
import type { Filters } from '../../src/filters/filters';
import { cellsWithoutAdmission, coverage, grassrootsWithoutAdmission } from '../../src/indicators/cells';
import { makeCtx, type Ctx } from '../../src/indicators/context';
import { BASE, launch, ready, watchedPage } from './browser';

const F: Filters = { unitId: 'T01', from: '2025-01-01', to: '2025-12-31', clauses: [] };
const VIEW = `${BASE}?view=cells&unit=${F.unitId}&from=${F.from}&to=${F.to}`;

const stagnantIds = (page: Page) => page.$$eval('[data-testid="stagnant-table"] [data-testid="row"]', (rs) => rs.map((r) => r.getAttribute('data-id')));
const stagnantCount = async (page: Page) => Number(await page.getAttribute('[data-testid="stagnant-count"]', 'data-value'));

let browser: Browser;
let d: OpenedDataset;
let ctx: Ctx;
beforeAll(async () => {
  [browser, d] = await Promise.all([launch(), openDataset('data')]);
  ctx = makeCtx(d.engine, d.loaded);
});
afterAll(async () => {
  await browser?.close();
  await d?.engine.close();
});

describe('Chi bộ view on the sample', () => {
  it('counts the cells without admissions for 3 years as the indicator does in Node, 25 a page', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(VIEW);
    await ready(w.page);
    const expected = await cellsWithoutAdmission(ctx, F, 3);
    expect(expected.count).toBeGreaterThan(50);
    expect(await stagnantCount(w.page)).toBe(expected.count);
    expect(await w.page.textContent('[data-testid="stagnant"] h3')).toBe('Chi bộ không kết nạp được đảng viên trong 3 năm (từ 2023 đến 2025)');
    const page1 = await stagnantIds(w.page);
    expect(page1).toHaveLength(25);
    // default order: last admission year ascending, "never" first, as DuckDB sorts it
    expect(page1).toEqual(expected.cells.slice(0, 25).map((c) => c.unitId));
    await w.page.click('[data-testid="stagnant-table"] [data-testid="page-next"]');
    await w.page.waitForSelector('[data-testid="page-info"][data-page="2"]');
    await ready(w.page);
    const page2 = await stagnantIds(w.page);
    expect(page2).toHaveLength(25);
    expect(page2.some((id) => page1.includes(id))).toBe(false);
    expect(page2).toEqual(expected.cells.slice(25, 50).map((c) => c.unitId));
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.screenshot({ path: 'tests/e2e/artifacts/cells.png', fullPage: true });
  });

  it('N = 5 changes the count to the indicator\u2019s, and the URL keeps it', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(VIEW);
    await ready(w.page);
    const three = await stagnantCount(w.page);
    await w.page.fill('[data-testid="stagnant-years"]', '5');
    await w.page.waitForURL((u) => u.searchParams.get('n') === '5');
    await ready(w.page);
    const expected = (await cellsWithoutAdmission(ctx, F, 5)).count;
    await w.page.waitForSelector(`[data-testid="stagnant-count"][data-value="${expected}"]`);
    expect(expected).not.toBe(three);
    expect(await w.page.textContent('[data-testid="stagnant"] h3')).toContain('(từ 2021 đến 2025)');
    expect(w.errors).toEqual([]);
  });

  it('sorts in DuckDB on a header click and exports every row', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(VIEW);
    await ready(w.page);
    await w.page.click('[data-testid="stagnant-table"] th[data-col="members"] button');
    await ready(w.page);
    const expected = await cellsWithoutAdmission(ctx, F, 3, { sort: 'members', desc: true, limit: 25, offset: 0 });
    await w.page.waitForFunction(
      (id) => document.querySelector('[data-testid="stagnant-table"] [data-testid="row"]')?.getAttribute('data-id') === id,
      expected.cells[0].unitId,
    );
    expect(await stagnantIds(w.page)).toEqual(expected.cells.map((c) => c.unitId));
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('[data-testid="stagnant-table"] [data-testid="csv"]')]);
    const raw = readFileSync((await download.path())!, 'utf8');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    const lines = raw.slice(1).trim().split(/\r\n/);
    expect(lines[0]).toBe('Chi bộ,Đường dẫn,Loại,Đảng viên,Từ 61 tuổi,Năm kết nạp gần nhất');
    expect(lines).toHaveLength(expected.count + 1);
    expect(w.errors).toEqual([]);
  });

  it('shows coverage per type, the grassroots committees without admissions, and the pipeline', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(VIEW);
    await ready(w.page);
    const cov = await coverage(ctx, F);
    const village = cov.find((r) => r.type === 'thon_to_dan_pho')!;
    const sentences = await w.page.textContent('[data-testid="coverage-sentences"]');
    const n = (x: number) => new Intl.NumberFormat('vi-VN').format(x);
    expect(sentences).toContain(`${n(village.admissions)} đảng viên được kết nạp ở ${n(village.withAdmission)}/${n(village.cells)} chi bộ thôn, tổ dân phố`);
    const g = await grassrootsWithoutAdmission(ctx, F);
    const sentence = w.page.locator('[data-testid="grassroots-sentence"]');
    expect(await sentence.getAttribute('data-total')).toBe(String(g.total));
    expect(await sentence.getAttribute('data-without')).toBe(String(g.without.length));
    expect(await sentence.textContent()).toContain(`${n(g.without.length)}/${n(g.total)} tổ chức cơ sở đảng không kết nạp được đảng viên trong kỳ`);
    expect(await w.page.isVisible('[data-testid="pipeline-chart"] svg')).toBe(true);
    expect(await w.page.locator('[data-testid="pipeline-chart"] svg path').count()).toBeGreaterThan(0); // drawn
    // a click on a type cross-filters the page by it
    await w.page.click('[data-testid="coverage-table"] [data-testid="row"][data-id="thon_to_dan_pho"]');
    await w.page.waitForURL((u) => (u.searchParams.get('f') ?? '').includes('cell_type:thon_to_dan_pho'));
    await ready(w.page);
    expect(await w.page.$$eval('[data-testid="coverage-table"] [data-testid="row"]', (rs) => rs.map((r) => r.getAttribute('data-id')))).toEqual(['thon_to_dan_pho']);
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  it('drills down to a cell on a row click', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(VIEW);
    await ready(w.page);
    const [first] = await stagnantIds(w.page);
    await w.page.click(`[data-testid="stagnant-table"] [data-testid="row"][data-id="${first}"]`);
    await w.page.waitForURL((u) => u.searchParams.get('unit') === first);
    await ready(w.page);
    expect(w.errors).toEqual([]);
  });
});
