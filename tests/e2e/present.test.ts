import { execFileSync } from 'node:child_process';
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

const slide = async (page: Page) => Number(await page.getAttribute('[data-testid="presentation"]', 'data-slide'));
/** Nothing spills out of the slide: one point per screen, readable from the back of the room. */
const fits = (page: Page) => page.$eval('[data-testid="presentation"]', (el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1);

describe('Trình chiếu', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    it(`moves with the keys, follows the filters and fits ${viewport.width}×${viewport.height}`, async () => {
      const w = await watchedPage(browser, viewport);
      const [unit, from, to] = ['T01.H02', '2023-01-01', '2023-12-31'];
      await w.page.goto(`${BASE}?unit=${unit}&from=${from}&to=${to}`);
      await ready(w.page);
      await w.page.click('[data-testid="present"]');
      await w.page.waitForSelector('[data-testid="presentation"]');
      await ready(w.page);
      const r = JSON.parse(execFileSync('node_modules/.bin/tsx', ['scripts/report.ts', '--data', 'data', '--unit', unit, '--from', from, '--to', to], { encoding: 'utf8' }));
      expect(await w.page.getAttribute('[data-testid="slide-admissions"]', 'data-value')).toBe(String(r.admissions.count));
      expect(await w.page.textContent('.slide-unit')).toBe(r.unit.name);
      expect(await w.page.textContent('.slide-meta')).toContain('31/10/2026');
      const seen: number[] = [await slide(w.page)];
      for (const key of ['ArrowRight', 'PageDown', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight']) {
        await w.page.keyboard.press(key);
        await ready(w.page);
        seen.push(await slide(w.page));
        expect(await fits(w.page)).toBe(true);
        if (viewport.width === 1280) await w.page.screenshot({ path: `tests/e2e/artifacts/slide-${seen.at(-1)}.png` });
        // the year's progress: a whole year, so its count is the year's
        if (seen.at(-1) === 3) {
          expect(await w.page.getAttribute('[data-testid="slide-progress-admitted"]', 'data-value')).toBe(String(r.progress.admitted));
          expect(await w.page.getAttribute('[data-testid="slide-progress-projected"]', 'data-value')).toBe(String(r.progress.projected));
          expect(await w.page.$('[data-testid="slide-chart-progress"] svg')).not.toBeNull();
        }
      }
      expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(await w.page.textContent('[data-testid="slide-counter"]')).toBe('7/7');
      await w.page.keyboard.press('ArrowRight');
      expect(await slide(w.page)).toBe(7);
      await w.page.keyboard.press('PageUp');
      expect(await slide(w.page)).toBe(6);
      await w.page.keyboard.press('Home');
      expect(await slide(w.page)).toBe(1);
      await w.page.keyboard.press('t');
      await w.page.waitForSelector('[data-testid="presentation"].dark');
      await ready(w.page);
      expect(await fits(w.page)).toBe(true);
      if (viewport.width === 1920) await w.page.screenshot({ path: 'tests/e2e/artifacts/slide-dark-1080.png' });
      await w.page.keyboard.press('Escape');
      await w.page.waitForSelector('[data-testid="presentation"]', { state: 'detached' });
      expect(new URL(w.page.url()).searchParams.has('present')).toBe(false);
      expect(w.errors).toEqual([]);
    });
  }

  it('a link opens a given slide', async () => {
    const w = await watchedPage(browser, { width: 1280, height: 720 });
    await w.page.goto(`${BASE}?unit=T01&from=2023-01-01&to=2023-12-31&present=6`);
    await ready(w.page);
    expect(await slide(w.page)).toBe(6);
    expect(await w.page.textContent('[data-testid="slide-cells"]')).toMatch(/^\d{1,3}(\.\d{3})*\/\d{1,3}(\.\d{3})* chi bộ/);
  });
});
