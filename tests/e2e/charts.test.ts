import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, launch, ready, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const svgOf = (page: Page, testId: string) => page.innerHTML(`[data-testid="${testId}"] svg`);

async function change(page: Page, from: string, to: string) {
  await page.evaluate(
    ([a, b]) => {
      history.pushState(null, '', location.search.replace(a!, b!));
      dispatchEvent(new PopStateEvent('popstate'));
    },
    [from, to],
  );
  await page.waitForSelector(`body[data-ready="1"][data-ready-for*="${to}"]`, { state: 'attached' });
}

describe('charts (echarts-for-react)', () => {
  it('a chart out of sight keeps its drawing until it comes near; one in sight draws at once', async () => {
    const w = await watchedPage(browser, { width: 1280, height: 900 });
    // idle moments never come here: only nearness draws what is held
    await w.page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await w.page.goto(`${BASE}?unit=T01&from=2025-01-01&to=2025-12-31`);
    await ready(w.page);
    const below = await w.page.locator('[data-testid="chart-trend"]').boundingBox();
    expect(below!.y).toBeGreaterThan(900 + 150);
    expect((await w.page.locator('[data-testid="chart-target"]').boundingBox())!.y).toBeLessThan(900);
    const [target, trend] = [await svgOf(w.page, 'chart-target'), await svgOf(w.page, 'chart-trend')];

    // a district not dissolved in 2025: no notice pushes the first chart out of sight
    await change(w.page, 'unit=T01&', 'unit=T01.H03&');
    // the chart in sight is drawn anew (its bars move to the new figures), the one out of sight is not
    await w.page.waitForFunction((old) => document.querySelector('[data-testid="chart-target"] svg')?.innerHTML !== old, target, { timeout: 5000 });
    await w.page.waitForTimeout(1500); // past any animation
    expect(await w.page.getAttribute('body', 'data-held')).not.toBeNull();
    expect(await svgOf(w.page, 'chart-trend')).toBe(trend);

    await w.page.locator('[data-testid="chart-trend"]').scrollIntoViewIfNeeded();
    await w.page.waitForSelector('body[data-ready="1"]:not([data-held])', { state: 'attached' });
    await w.page.waitForFunction((old) => document.querySelector('[data-testid="chart-trend"] svg')?.innerHTML !== old, trend);
    expect(w.errors).toEqual([]);
  });

  it('a new height is drawn at that height', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?view=units&unit=T01&from=2025-01-01&to=2025-12-31`);
    await ready(w.page);
    const size = () =>
      w.page.$eval('[data-testid="units-ranking"]', (f) => {
        const box = f.querySelector('.chart-box') as HTMLElement;
        const svg = f.querySelector('svg')!;
        return { box: box.clientHeight, svg: Number(svg.getAttribute('height')) };
      });
    const tall = await size();
    expect(tall.svg).toBe(tall.box);
    await change(w.page, 'unit=T01&', 'unit=T01.H02&');
    await w.page.waitForSelector('body[data-ready="1"]:not([data-held])', { state: 'attached' });
    const short = await size();
    expect(short.box).toBeLessThan(tall.box);
    expect(short.svg).toBe(short.box);
    expect(w.errors).toEqual([]);
  });
});
