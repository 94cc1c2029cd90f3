import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, kpiValues, launch, ready, watchedPage } from './browser';

// The sample's units.csv has the extra column "Khu vực" (values Đồng bằng, Trung du, Miền núi):
// the filter bar offers it under that header, with the values as written.
const SELECT = '[data-testid="dim-u.khu_vuc"]';
const Q = 'unit=T01&from=2025-01-01&to=2025-12-31';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const label = (page: Page) => page.$eval(SELECT, (s) => s.closest('label')!.querySelector('span')!.textContent);
const options = (page: Page) => page.$$eval(`${SELECT} option`, (os) => os.map((o) => o.textContent));
const chosen = (page: Page) => page.$eval(SELECT, (s) => (s as HTMLSelectElement).value);

describe('an extra column of units.csv in the filter bar', () => {
  it('shows "Khu vực" with its values as written; choosing "Miền núi" sets the URL and a chip and narrows the figures', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?${Q}`);
    await ready(w.page);
    expect(await label(w.page)).toBe('Khu vực');
    expect(await options(w.page)).toEqual(['Tất cả', 'Đồng bằng', 'Miền núi', 'Trung du']);
    const all = await kpiValues(w.page);

    await w.page.selectOption(SELECT, { label: 'Miền núi' });
    await w.page.waitForURL((u) => u.searchParams.get('f') === 'u.khu_vuc:Miền núi');
    // encoded once, by the address bar: no %25 (an encoded %) in the link
    expect(w.page.url()).toContain('f=u.khu_vuc%3AMi%E1%BB%81n+n%C3%BAi');
    await ready(w.page);
    expect(await chosen(w.page)).toBe('Miền núi');
    const chip = w.page.locator('[data-testid="chip"]');
    expect(await chip.count()).toBe(1);
    expect(await chip.getAttribute('data-dim')).toBe('u.khu_vuc');
    expect(await chip.getAttribute('data-value')).toBe('Miền núi');
    expect((await chip.textContent())?.replace('×', '').trim()).toBe('Khu vực: Miền núi');
    const upland = await kpiValues(w.page);
    expect(Number(upland.admissions)).toBeGreaterThan(0);
    expect(Number(upland.admissions)).toBeLessThan(Number(all.admissions));
    expect(Number(upland.members)).toBeLessThan(Number(all.members));

    // the link in a fresh page opens the same filter and the same figures
    const other = await watchedPage(browser);
    await other.page.goto(w.page.url());
    await ready(other.page);
    expect(await chosen(other.page)).toBe('Miền núi');
    expect(await kpiValues(other.page)).toEqual(upland);

    // English: the label is still the user's header, the values as written
    await w.page.click('[data-testid="lang-switch"]');
    await w.page.waitForURL((u) => u.searchParams.get('lang') === 'en');
    await ready(w.page);
    expect(await label(w.page)).toBe('Khu vực');
    expect((await options(w.page)).slice(1)).toEqual(['Đồng bằng', 'Miền núi', 'Trung du']);
    expect((await chip.textContent())?.replace('×', '').trim()).toBe('Khu vực: Miền núi');
    expect(await kpiValues(w.page)).toEqual(upland);

    // "all" clears the clause and the figures come back
    await w.page.selectOption(SELECT, '');
    await w.page.waitForURL((u) => !u.searchParams.has('f'));
    await ready(w.page);
    expect(await chip.count()).toBe(0);
    expect(await kpiValues(w.page)).toEqual(all);
    expect(w.errors).toEqual([]);
    expect(other.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
  });

  it('reads a link whose value was percent-encoded twice (as links were written before)', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?${Q}&f=u.khu_vuc%3AMi%25E1%25BB%2581n%2520n%25C3%25BAi`);
    await ready(w.page);
    expect(await chosen(w.page)).toBe('Miền núi');
    expect(await w.page.getAttribute('[data-testid="chip"]', 'data-value')).toBe('Miền núi');
    expect(w.errors).toEqual([]);
  });
});
