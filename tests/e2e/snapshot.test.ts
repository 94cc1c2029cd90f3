import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleText } from '../unit/snapshot/visible-text';
import { BASE, launch, ready, watchedPage } from './browser';

const TSX = 'node_modules/.bin/tsx';
const SCOPE = ['--unit', 'T01', '--from', '2023-01-01', '--to', '2023-12-31'];

function report() {
  return JSON.parse(execFileSync(TSX, ['scripts/report.ts', '--data', 'data', ...SCOPE], { encoding: 'utf8' }));
}

/** A context with no script and no network: every request but the file itself is aborted and recorded. */
async function offline(browser: Browser): Promise<{ context: BrowserContext; requests: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 1300 } });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
  return { context, requests };
}

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'snapshot-e2e-'));
  execFileSync(TSX, ['scripts/snapshot.ts', '--data', 'data', ...SCOPE, '--out', join(dir, 's.html'), '--children'], { encoding: 'utf8', stdio: 'pipe' });
});
afterAll(async () => {
  await browser?.close();
});

describe('the report snapshot of the sample', () => {
  it('opens from file:// offline with no script, shows its charts, equals npm run report and prints on A4', async () => {
    const file = join(dir, 's.html');
    const { context, requests } = await offline(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`file://${resolve(file)}`);
    expect(requests).toEqual([`file://${resolve(file)}`]);
    expect(errors).toEqual([]);
    expect(await page.locator('figure svg').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getAttribute('[data-figure="admissions"]', 'data-value')).toBe(String(report().admissions.count));
    expect(await page.textContent('h1')).toBe('BÁO CÁO CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN');
    mkdirSync('tests/e2e/artifacts', { recursive: true });
    await page.screenshot({ path: 'tests/e2e/artifacts/snapshot.png', fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(20);
    expect(statSync(file).size).toBeLessThan(1_000_000);
    await context.close();
  });

  it('--children writes an index linking the unit and each sub-unit, every page standing alone', async () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
    const index = readFileSync(join(dir, 's-index.html'), 'utf8');
    const links = [...index.matchAll(/href="([^"]+)"/g)].map((m) => decodeURI(m[1]));
    expect(links[0]).toBe('s.html');
    expect(links.length).toBeGreaterThan(1);
    expect(new Set(files)).toEqual(new Set(['s.html', 's-index.html', ...links.slice(1)]));
    const { context, requests } = await offline(browser);
    const page = await context.newPage();
    await page.goto(`file://${resolve(dir, 's-index.html')}`);
    await page.click(`a[href="${links[1]}"]`);
    await page.waitForURL(/s-.+\.html$/);
    expect(await page.locator('[data-figure="admissions"]').count()).toBe(1);
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    await context.close();
  });
});

describe('Xuất báo cáo in the page', () => {
  it('downloads the same snapshot for the unit and period on screen', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?unit=T01&from=2023-01-01&to=2023-12-31`);
    await ready(w.page);
    const button = w.page.locator('[data-testid="export-report"]');
    expect(await button.textContent()).toBe('Xuất báo cáo');
    const [download] = await Promise.all([w.page.waitForEvent('download', { timeout: 90_000 }), button.click()]);
    expect(download.suggestedFilename()).toBe('baocao_T01_2023-01-01_2023-12-31.html');
    const file = join(dir, 'download.html');
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    expect(html.match(/data-figure="admissions" data-value="([^"]*)"/)?.[1]).toBe(String(report().admissions.count));
    expect(html).not.toMatch(/<script|https?:\/\//i);
    // the page's snapshot reads as the command line's, but for the date it was made (chart layout is measured differently)
    const cli = readFileSync(join(dir, 's.html'), 'utf8');
    const words = (s: string) => visibleText(s.replace(/<svg[\s\S]*?<\/svg>/g, '')).replace(/Ngày lập báo cáo.*\n/g, '');
    expect(words(html)).toBe(words(cli));
    expect((html.match(/<svg/g) ?? []).length).toBe((cli.match(/<svg/g) ?? []).length);
    expect(await w.page.textContent('[data-testid="export-status"]')).toContain('baocao_T01');
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
