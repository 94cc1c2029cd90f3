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

describe('the data format document', () => {
  it.each([
    ['vi', '', 'Định dạng dữ liệu'],
    ['en', '?lang=en', 'Data format'],
  ])('the load panel links it (%s), relatively, and the built app serves it offline', async (_, query, label) => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}${query}`);
    await ready(w.page);
    const link = w.page.locator('.load-panel [data-testid="format-doc"]');
    expect(await link.textContent()).toContain(label);
    // relative to the page: the built folder works under any sub-path
    const href = await link.getAttribute('href');
    expect(href).toBe('docs/dataset-format.html');
    const url = new URL(href!, w.page.url());
    expect(url.origin).toBe(new URL(BASE).origin);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);

    // opened in a tab of its own, so the data loaded in the app stays
    const [doc] = await Promise.all([w.page.context().waitForEvent('page'), link.click()]);
    await doc.waitForLoadState('load');
    expect(await doc.textContent('h1')).toBe('Dataset format (định dạng dữ liệu), version 1');
    expect(await doc.locator('code', { hasText: /^Ngày vào Đảng$/ }).count()).toBeGreaterThan(0);
    expect(await doc.locator('script').count()).toBe(0);
    // the documents it links are there too
    const links = await doc.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      const target = new URL(l);
      if (target.origin !== url.origin) continue;
      expect((await fetch(target)).status, l).toBe(200);
    }
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });
});
