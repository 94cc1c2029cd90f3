import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, launch, ready, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const tiny = (f: string) => readFileSync(`tests/fixtures/tiny/${f}`);
const csv = (name: string, buffer: Buffer) => ({ name, mimeType: 'text/csv', buffer });
const HEADER_ONLY = Buffer.from(`${tiny('members.csv').toString('utf8').split('\n')[0]}\n`);

describe('a refused load says what is on screen', () => {
  it('a first load that fails says nothing is loaded; a later refused load keeps the data', async () => {
    const w = await watchedPage(browser);
    // a folder with none of the files: the first load is refused
    await w.page.goto(`${BASE}?data=e2e-data/no-such-folder`);
    await w.page.waitForSelector('[data-testid="load-report"][data-ok="0"]');
    const outcome = () => w.page.textContent('[data-testid="load-outcome"]');
    expect(await outcome()).toBe('Chưa có dữ liệu nào được nạp.');
    expect(await w.page.textContent('[data-testid="load-report"]')).not.toContain('giữ nguyên');

    // still nothing: a header-only members.csv is refused, and the page says why
    await w.page.setInputFiles('[data-testid="file-input"]', [
      csv('units.csv', tiny('units.csv')),
      csv('members.csv', HEADER_ONLY),
      csv('admissions.csv', tiny('admissions.csv')),
    ]);
    await w.page.waitForFunction(() => document.querySelector('[data-testid="load-problem"]')?.textContent?.includes('chỉ có hàng tên cột'));
    expect(await outcome()).toBe('Chưa có dữ liệu nào được nạp.');
    expect(await w.page.$('[data-testid="kpi-members"]')).toBeNull();

    // loaded, then the same refused drop keeps what is on screen
    await w.page.setInputFiles('[data-testid="file-input"]', ['units.csv', 'members.csv', 'admissions.csv', 'targets.csv'].map((f) => csv(f, tiny(f))));
    await w.page.waitForSelector('[data-testid="load-report"][data-ok="1"]');
    await ready(w.page);
    await w.page.setInputFiles('[data-testid="file-input"]', [
      csv('units.csv', tiny('units.csv')),
      csv('members.csv', HEADER_ONLY),
      csv('admissions.csv', tiny('admissions.csv')),
    ]);
    await w.page.waitForSelector('[data-testid="load-report"][data-ok="0"]');
    expect(await outcome()).toBe('Dữ liệu đang xem được giữ nguyên.');
    expect(await w.page.$('[data-testid="kpi-members"]')).not.toBeNull();
    expect(w.errors).toEqual([]);
  });
});
