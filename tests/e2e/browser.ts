import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium';
import { BASE, CHROMIUM } from './env';

export interface Watched {
  page: Page;
  /** Requests to anything but the local server. */
  foreign: string[];
  errors: string[];
  dialogs: string[];
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM ?? undefined,
    args: CHROMIUM_ARGS,
  });
}

/** A page whose every request, crash, console error and dialog is recorded. */
export async function watchedPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Watched> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const w: Watched = { page, foreign: [], errors: [], dialogs: [] };
  const local = new URL(BASE).origin;
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(local) && !u.startsWith('blob:') && !u.startsWith('data:')) w.foreign.push(u);
  });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
  });
  page.on('dialog', async (d) => {
    w.dialogs.push(d.message());
    await d.dismiss();
  });
  return w;
}

/**
 * Every panel shows the current filters: those in sight once `data-ready` is
 * set, those out of sight (tables, charts) once nothing is held back.
 */
export async function ready(page: Page, timeout = 90_000) {
  await page.waitForSelector('body[data-ready="1"]:not([data-held])', { timeout, state: 'attached' });
}

export async function kpiValues(page: Page) {
  const read = (id: string) => page.getAttribute(`[data-testid="kpi-${id}"]`, 'data-value');
  return {
    admissions: await read('admissions'),
    target: await read('target'),
    achievement: await read('achievement'),
    members: await read('members'),
  };
}

export { BASE };

/** Chooses a unit the way a user does: open the picker, type part of its name without diacritics, click it. */
export async function pickUnit(page: Page, id: string, query: string) {
  await page.click('[data-testid="unit-picker"]');
  await page.fill('[data-testid="unit-search"]', query);
  await page.click(`[data-testid="unit-option"][data-unit="${id}"]`);
}

/** Name of a unit of a units.csv, read the simple way (the sample's names hold no quotes). */
export function unitName(csv: string, id: string): string {
  const line = csv.split('\n').find((l) => l.startsWith(`${id},`));
  if (!line) throw new Error(`no unit ${id}`);
  return line.split(',')[2];
}

export interface TableRow {
  group: boolean;
  id: string | null;
  /** `data-value` by `data-col`. */
  values: Record<string, string>;
}

/**
 * Every body row of a table (`data-testid` of its box), in order, read by
 * scrolling its scroll box from top to bottom: a long table draws only the
 * rows near its view.
 */
export async function tableRows(page: Page, testId: string): Promise<TableRow[]> {
  return page.$eval(`[data-testid="${testId}"]`, async (root) => {
    const box = root.querySelector('.dt-scroll') as HTMLElement;
    const seen = new Map<number, { group: boolean; id: string | null; values: Record<string, string> }>();
    const settle = () => new Promise((r) => setTimeout(r, 120));
    const take = () => {
      let i = 0;
      for (const tr of box.querySelectorAll('tbody tr[data-testid="row"], tbody tr[data-testid="group-row"]')) {
        const at = Number(tr.getAttribute('aria-rowindex') ?? i++);
        const values: Record<string, string> = {};
        for (const c of tr.querySelectorAll('[data-col]')) values[c.getAttribute('data-col')!] = c.getAttribute('data-value') ?? '';
        seen.set(at, { group: tr.getAttribute('data-testid') === 'group-row', id: tr.getAttribute('data-id'), values });
      }
    };
    box.scrollTop = 0;
    await settle();
    take();
    while (box.scrollTop + box.clientHeight < box.scrollHeight - 1) {
      box.scrollTop += box.clientHeight / 2;
      await settle();
      take();
    }
    box.scrollTop = 0;
    await settle();
    return [...seen].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
  });
}
