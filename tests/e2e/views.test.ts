import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, kpiValues, launch, ready, watchedPage } from './browser';
import { XSS } from './global-setup';

function report(unit: string, from: string, to: string) {
  const out = execFileSync('node_modules/.bin/tsx', ['scripts/report.ts', '--data', 'data', '--unit', unit, '--from', from, '--to', to], { encoding: 'utf8' });
  return JSON.parse(out);
}

const value = (page: import('playwright-core').Page, testId: string) => page.getAttribute(`[data-testid="${testId}"]`, 'data-value');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('the views on the sample', () => {
  const [unit, from, to] = ['T01.H02', '2023-01-01', '2023-12-31'];
  const q = `unit=${unit}&from=${from}&to=${to}`;
  let r: ReturnType<typeof report>;
  beforeAll(() => {
    r = report(unit, from, to);
  });

  it('Tổng quan: tiles, charts and the narrative agree with npm run report', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?${q}`);
    await ready(w.page);
    expect((await kpiValues(w.page)).admissions).toBe(String(r.admissions.count));
    for (const id of ['chart-target', 'chart-rate', 'chart-trend']) expect(await w.page.locator(`[data-testid="${id}"] svg path`).count()).toBeGreaterThan(0);
    expect(await w.page.textContent('[data-testid="narrative"]')).toBe(r.narrative);
    // every chart exports as PNG
    const [png] = await Promise.all([w.page.waitForEvent('download'), w.page.click('[data-testid="chart-target"] .chart-download')]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await w.page.screenshot({ path: 'tests/e2e/artifacts/overview.png', fullPage: true });
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
  });

  it('Cơ cấu kết nạp: every count equals the report', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?view=composition&${q}`);
    await ready(w.page);
    expect(await value(w.page, 'flag-count')).toBe(String(r.admissions.count));
    for (const k of ['youth', 'women', 'ethnic_minority', 'religious', 'private_enterprise', 'high_school', 'university_student', 'business_owner', 'youth_union', 'readmission']) {
      expect([k, await value(w.page, `flag-${k}`)]).toEqual([k, String(r.admissions[k])]);
    }
    expect(await value(w.page, 'flag-mean-age')).toBe(String(r.admissions.mean_age));
    await w.page.screenshot({ path: 'tests/e2e/artifacts/composition.png', fullPage: true });
    expect(w.errors).toEqual([]);
  });

  it('Đội ngũ đảng viên: the profile equals the report and Biểu 1 balances', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?view=members&${q}`);
    await ready(w.page);
    expect(await value(w.page, 'member-count')).toBe(String(r.members.count));
    for (const k of ['probationary', 'women', 'ethnic_minority', 'religious', 'youth', 'aged_61_plus']) {
      expect([k, await value(w.page, `member-${k}`)]).toEqual([k, String(r.members[k])]);
    }
    expect(await value(w.page, 'member-mean-age')).toBe(String(r.members.mean_age));
    const n = async (id: string) => Number(await value(w.page, id));
    expect((await n('change-start')) + (await n('change-admitted')) - (await n('change-left'))).toBe(await n('change-end'));
    expect(await n('change-end')).toBe(r.members.count);
    await w.page.screenshot({ path: 'tests/e2e/artifacts/members.png', fullPage: true });
    expect(w.errors).toEqual([]);
  });
});

describe('cross-filtering and permalinks', () => {
  it('a click on "Nữ" narrows every view, shows a chip, survives a pasted link, and clears', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?view=composition&unit=T01&from=2023-01-01&to=2023-12-31`);
    await ready(w.page);
    const women = await value(w.page, 'flag-women');
    const all = await value(w.page, 'flag-count');
    await w.page.click('[data-testid="flag-women"]');
    await w.page.waitForURL((u) => u.searchParams.get('f') === 'sex:nu');
    await ready(w.page);
    expect(await value(w.page, 'flag-count')).toBe(women);
    expect(await w.page.getAttribute('[data-testid="chip"]', 'data-dim')).toBe('sex');
    await w.page.click('[data-testid="tab-members"]');
    await ready(w.page);
    expect(await value(w.page, 'member-count')).toBe(await value(w.page, 'member-women'));
    // the same link in a fresh page opens the same view
    const link = w.page.url();
    const other = await watchedPage(browser);
    await other.page.goto(link);
    await ready(other.page);
    expect(await value(other.page, 'member-count')).toBe(await value(w.page, 'member-count'));
    expect(await other.page.getAttribute('[data-testid="tab-members"]', 'aria-selected')).toBe('true');
    // Back returns to the composition view, still filtered; removing the chip restores the total
    await w.page.goBack();
    await ready(w.page);
    await w.page.click('[data-testid="chip"] button');
    await w.page.waitForURL((u) => !u.searchParams.has('f'));
    await ready(w.page);
    expect(await value(w.page, 'flag-count')).toBe(all);
    expect(w.errors).toEqual([]);
  });

  it('the cell-type select shows the clause a link chose, and choosing in it sets the clause', async () => {
    const w = await watchedPage(browser);
    const select = '[data-testid="dim-cell_type"]';
    await w.page.goto(`${BASE}?view=members&unit=T01&from=2021-01-01&to=2025-12-31&f=cell_type:thon_to_dan_pho,truong_hoc`);
    await ready(w.page);
    // two types chosen (as by two clicks on a chart): the select says so instead of "Tất cả"
    expect(await w.page.$eval(select, (s) => (s as HTMLSelectElement).selectedOptions[0].textContent)).toBe('2 giá trị đã chọn');
    await w.page.selectOption(select, 'thon_to_dan_pho');
    await w.page.waitForURL((u) => u.searchParams.get('f') === 'cell_type:thon_to_dan_pho');
    await ready(w.page);
    expect(await w.page.$eval(select, (s) => (s as HTMLSelectElement).value)).toBe('thon_to_dan_pho');
    expect(await w.page.getAttribute('[data-testid="chip"]', 'data-value')).toBe('thon_to_dan_pho');
    await w.page.selectOption(select, '');
    await w.page.waitForURL((u) => !u.searchParams.has('f'));
    await ready(w.page);
    expect(await w.page.$$('[data-testid="chip"]')).toHaveLength(0);
    expect(w.errors).toEqual([]);
  });

  it('the breadcrumb drills back up, and a unit dissolved in 2025 names its successor', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?unit=T01.H02.X03&from=2024-01-01&to=2024-12-31`);
    await ready(w.page);
    expect(await w.page.textContent('[data-testid="dissolved"]')).toContain('Đảng bộ xã');
    await w.page.click('[data-testid="breadcrumb"] button >> nth=0');
    await w.page.waitForURL((u) => u.searchParams.get('unit') === 'T01');
    await ready(w.page);
    expect(w.errors).toEqual([]);
  });
});

describe('untrusted text', () => {
  it('a unit name with markup shows as text in every view and runs nothing', async () => {
    const w = await watchedPage(browser);
    for (const view of ['overview', 'composition', 'members', 'cells', 'units']) {
      await w.page.goto(`${BASE}?data=e2e-data/xss&view=${view}&unit=P&from=2023-01-01&to=2023-12-31`);
      await ready(w.page);
      expect(await w.page.locator('img[src="x"]').count()).toBe(0);
      expect(await w.page.textContent('[data-testid="breadcrumb"]')).toContain(XSS);
    }
    await w.page.click('[data-testid="unit-picker"]');
    await w.page.fill('[data-testid="unit-search"]', 'thon');
    expect(await w.page.textContent('.unit-panel')).toContain(XSS);
    expect(await w.page.locator('img[src="x"]').count()).toBe(0);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
