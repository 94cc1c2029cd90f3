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

describe('an export with a title line above the header', () => {
  it('a members.csv with a title line and a blank line above its header loads, and the report says what was skipped', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(BASE);
    await ready(w.page);
    const tiny = (f: string) => readFileSync(`tests/fixtures/tiny/${f}`);
    const members = Buffer.concat([Buffer.from('DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ TỈNH THỬ\n\n'), tiny('members.csv')]);
    await w.page.setInputFiles('[data-testid="file-input"]', [
      { name: 'units.csv', mimeType: 'text/csv', buffer: tiny('units.csv') },
      { name: 'members.csv', mimeType: 'text/csv', buffer: members },
      { name: 'admissions.csv', mimeType: 'text/csv', buffer: tiny('admissions.csv') },
      { name: 'targets.csv', mimeType: 'text/csv', buffer: tiny('targets.csv') },
    ]);
    await w.page.waitForSelector('[data-testid="load-report"][data-ok="1"]');
    await ready(w.page);
    expect(await w.page.$$('[data-testid="load-problem"]')).toHaveLength(0);
    const report = w.page.locator('[data-testid="load-members"]');
    // the report is open: a title line was skipped
    expect(await report.isVisible()).toBe(true);
    const plainRows = tiny('members.csv').toString('utf8').trim().split('\n').length - 1;
    expect(await report.locator('[data-testid="rows"]').textContent()).toBe(String(plainRows));
    expect(await report.locator('[data-testid="loaded"]').textContent()).toBe(String(plainRows));
    expect(await report.locator('[data-testid="title-lines"]').textContent()).toBe('1');
    expect(await report.locator('[data-testid="blank-lines"]').textContent()).toBe('1');
    expect(await report.textContent()).toContain('Bỏ qua 1 dòng tiêu đề phía trên (dòng 1) và 1 dòng trống (dòng 2); hàng tên cột là dòng 3');
    expect(new URL(w.page.url()).searchParams.get('unit')).toBe('P');
    expect(w.errors).toEqual([]);
  });
});
