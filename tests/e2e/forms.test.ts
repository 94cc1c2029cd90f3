import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/universal';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, launch, ready, watchedPage } from './browser';
import { XSS } from './global-setup';

const [UNIT, FROM, TO] = ['T01', '2023-01-01', '2023-12-31'];
const VIEW = `${BASE}?view=forms&unit=${UNIT}&from=${FROM}&to=${TO}`;

function report(unit: string, from: string, to: string) {
  const out = execFileSync('node_modules/.bin/tsx', ['scripts/report.ts', '--data', 'data', '--unit', unit, '--from', from, '--to', to], { encoding: 'utf8' });
  return JSON.parse(out);
}

const total = (page: Page, form: string, col: string) => page.getAttribute(`[data-testid="${form}"] [data-testid="form-total"][data-col="${col}"]`, 'data-value');

async function downloadXlsx(page: Page) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="forms-xlsx"]')]);
  const bytes = readFileSync((await dl.path())!);
  return { name: dl.suggestedFilename(), sheets: await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer) };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync('tests/e2e/artifacts', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('Biểu mẫu view on the sample', () => {
  it('shows the three forms with exact numbers; Tổng số equals npm run report; the xlsx reads back', async () => {
    const w = await watchedPage(browser, { width: 1440, height: 1000 });
    await w.page.goto(VIEW);
    await ready(w.page);
    const r = report(UNIT, FROM, TO);
    expect(await total(w.page, 'form-bieu2', 'total')).toBe(String(r.admissions.count));
    expect(await total(w.page, 'form-bieu1', 'end')).toBe(String(r.members.count));
    // Biểu 3: the members on the period's last day, as the report counts them
    expect(await total(w.page, 'form-bieu3', 'total')).toBe(String(r.members.count));
    expect(await w.page.textContent('[data-testid="form-bieu3"] caption')).toContain('Biểu 3: Đội ngũ đảng viên');
    expect(await w.page.textContent('[data-testid="forms-view"] .hint')).toContain('Biểu 1, Biểu 2 và Biểu 3');
    // exact numbers on the page, in the Vietnamese format
    const shown = await w.page.textContent('[data-testid="form-bieu2"] [data-testid="form-total"][data-col="total"]');
    expect(shown).toBe(new Intl.NumberFormat('vi-VN').format(r.admissions.count));
    expect(await w.page.textContent('[data-testid="form-bieu2"]')).not.toContain('< 5');
    expect(await w.page.isChecked('[data-testid="forms-hide"]')).toBe(true);
    expect(await w.page.inputValue('[data-testid="forms-k"]')).toBe('5');
    await w.page.screenshot({ path: 'tests/e2e/artifacts/forms.png', fullPage: true });

    // published (the default): small counts as "< 5"
    const pub = await downloadXlsx(w.page);
    expect(pub.name).toBe(`bieu-mau_${UNIT}_${FROM}_${TO}.xlsx`);
    expect(pub.sheets.map((s) => s.sheet)).toEqual(['Biểu 1', 'Biểu 2', 'Biểu 3']);
    const b2 = pub.sheets[1].data;
    expect(b2[0][0]).toBe('Biểu 2: Đảng viên mới kết nạp');
    expect(b2[6].slice(1, 3)).toEqual(['Tổng số', r.admissions.count]);
    const b3 = pub.sheets[2].data;
    expect(b3[0][0]).toBe('Biểu 3: Đội ngũ đảng viên');
    expect(b3[6].slice(1, 3)).toEqual(['Tổng số', r.members.count]);
    const cells = pub.sheets.flatMap((s) => s.data.flat());
    expect(cells.some((c) => c === '< 5')).toBe(true);

    // exact: unchecked
    await w.page.uncheck('[data-testid="forms-hide"]');
    const exact = await downloadXlsx(w.page);
    expect(exact.sheets.flatMap((s) => s.data.flat()).some((c) => c === '< 5' || c === 'x')).toBe(false);
    expect(exact.sheets[0].data[6][1]).toBe('Tổng số');
    expect(exact.sheets[2].data[6].slice(1, 3)).toEqual(['Tổng số', r.members.count]);
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  it('a cross-filter leaves the forms of the whole unit, and the page says so', async () => {
    const w = await watchedPage(browser, { width: 1440, height: 1000 });
    // two clauses: "xóa bộ lọc" removes both at once
    await w.page.goto(`${VIEW}&f=sex:nu;cell_type:thon_to_dan_pho`);
    await ready(w.page);
    const r = report(UNIT, FROM, TO);
    expect(await w.page.textContent('[data-testid="forms-view"]')).toContain('không áp dụng các bộ lọc chéo');
    expect(await total(w.page, 'form-bieu2', 'total')).toBe(String(r.admissions.count));
    expect(await total(w.page, 'form-bieu1', 'end')).toBe(String(r.members.count));
    expect(await total(w.page, 'form-bieu3', 'total')).toBe(String(r.members.count));
    // the chips cleared: the same forms, without the note
    await w.page.click('[data-testid="chips-clear"]');
    await w.page.waitForFunction(() => !new URL(location.href).searchParams.get('f'));
    await ready(w.page);
    expect(await w.page.textContent('[data-testid="forms-view"]')).not.toContain('không áp dụng các bộ lọc chéo');
    expect(await total(w.page, 'form-bieu2', 'total')).toBe(String(r.admissions.count));
    expect([w.errors, w.foreign]).toEqual([[], []]);
    await w.page.close();
  });

  it('printed, each form has every row: its scroll box does not cut it', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?view=forms&unit=T01.H02&from=2023-01-01&to=2023-12-31`);
    await ready(w.page);
    const boxes = () =>
      w.page.$$eval('.form-scroll', (bs) => bs.map((b) => ({ shown: b.clientHeight, content: b.scrollHeight, rows: b.querySelectorAll('tbody tr[data-row]').length })));
    // on screen, Biểu 1 of this district scrolls in its box
    expect((await boxes())[0].content).toBeGreaterThan((await boxes())[0].shown);
    await w.page.emulateMedia({ media: 'print' });
    for (const b of await boxes()) {
      expect(b.rows).toBeGreaterThan(20);
      expect(b.content).toBeLessThanOrEqual(b.shown + 1);
    }
    expect(w.errors).toEqual([]);
  });

  it('names with markup show as text and run nothing', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?data=e2e-data/xss&view=forms&unit=P&from=2023-01-01&to=2023-12-31`);
    await ready(w.page);
    expect(await w.page.textContent('[data-testid="form-bieu2"]')).toContain(XSS);
    expect(await w.page.$('[data-testid="forms-view"] img')).toBeNull();
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
