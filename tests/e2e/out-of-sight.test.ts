import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKER_LOG_SCRIPT, type Sent } from '../../scripts/lib/worker-log';
import { BASE, launch, ready, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const sent = (page: Page) => page.evaluate('window.__engineLog') as Promise<Sent[]>;

describe('questions of panels out of sight', () => {
  it('are not asked until the panel comes near, and then show the new figures', async () => {
    const w = await watchedPage(browser, { width: 1280, height: 900 });
    // idle moments never come here: only nearness asks what is held
    await w.page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    // the engine's worker watched from outside the app, as the bench does
    await w.page.addInitScript(WORKER_LOG_SCRIPT);
    await w.page.goto(`${BASE}?view=members&unit=T01&from=2025-01-01&to=2025-12-31`);
    await ready(w.page);
    const change = w.page.locator('[data-testid="panel-change"]');
    expect((await change.boundingBox())!.y).toBeGreaterThan(900 + 150);
    const before = await w.page.getAttribute('[data-testid="change-start"]', 'data-value');

    // another unit: Biểu 1 (the only question on member_flow) waits below the fold
    await w.page.evaluate('window.__engineLog.length = 0');
    await w.page.evaluate(() => {
      history.pushState(null, '', location.search.replace('unit=T01&', 'unit=T01.H03&'));
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await w.page.waitForSelector('body[data-ready="1"][data-ready-for*="T01.H03"]', { state: 'attached' });
    await w.page.waitForTimeout(1000);
    expect(await w.page.getAttribute('body', 'data-held')).not.toBeNull();
    const asked = await sent(w.page);
    expect(asked.length).toBeGreaterThan(0); // the panels in sight were asked
    expect(asked.filter((q) => q.sql.includes('member_flow'))).toEqual([]);
    expect(await w.page.getAttribute('[data-testid="change-start"]', 'data-value')).toBe(before);

    // scrolled to, it is asked and shows the new unit's figures
    await change.scrollIntoViewIfNeeded();
    await w.page.waitForSelector('body[data-ready="1"]:not([data-held])', { state: 'attached' });
    await w.page.waitForFunction((old) => document.querySelector('[data-testid="change-start"]')?.getAttribute('data-value') !== old, before);
    expect((await sent(w.page)).filter((q) => q.sql.includes('member_flow')).length).toBeGreaterThan(0);
  });
});
