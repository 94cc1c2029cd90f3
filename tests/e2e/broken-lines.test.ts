import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const tiny = (f: string) => readFileSync(`tests/fixtures/tiny/${f}`, 'utf8');

/**
 * The tiny members with every fault that used to swallow lines: an unclosed
 * quote on row 3 (M2), CRLF line ends from row 4, a lone CR between rows 5
 * and 6. Hand-counted: 6 rows read, M2 rejected, 5 loaded.
 */
function brokenMembers(): string {
  const lines = tiny('members.csv').trim().split('\n');
  lines[2] = lines[2]!.replace(',Kinh,', ',"Kinh,');
  return `${lines.slice(0, 3).join('\n')}\n${lines.slice(3, 5).join('\r\n')}\r\n${lines[5]}\r${lines[6]}\n`;
}

/** Units with backslash-escaped quotes in a name, as some database exports write them: every unit loads. */
function backslashUnits(): string {
  return tiny('units.csv').replace('C2,X1,Chi bộ Công ty An Phát,', 'C2,X1,"Chi bộ Công ty \\"An Phát\\"",');
}

describe('broken lines lose nothing, in the page as in the report', () => {
  it('rejects only the damaged row, reads the rest, and agrees with npm run report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broken-'));
    cpSync('tests/fixtures/tiny', dir, { recursive: true });
    writeFileSync(join(dir, 'members.csv'), brokenMembers());
    writeFileSync(join(dir, 'units.csv'), backslashUnits());

    const w = await watchedPage(browser);
    await w.page.goto(BASE);
    await ready(w.page);
    await w.page.setInputFiles(
      '[data-testid="file-input"]',
      ['units.csv', 'members.csv', 'admissions.csv', 'targets.csv'].map((f) => ({ name: f, mimeType: 'text/csv', buffer: readFileSync(join(dir, f)) })),
    );
    await w.page.waitForSelector('[data-testid="load-report"][data-ok="1"]');
    await ready(w.page);
    const counts = async (table: string) => {
      const r = w.page.locator(`[data-testid="load-${table}"]`);
      return {
        rows: Number(await r.locator('[data-testid="rows"]').textContent()),
        loaded: Number(await r.locator('[data-testid="loaded"]').textContent()),
        rejected: Number(await r.locator('[data-testid="rejected"]').textContent()),
      };
    };
    expect(await counts('members')).toEqual({ rows: 6, loaded: 5, rejected: 1 });
    expect(await counts('units')).toEqual({ rows: 10, loaded: 10, rejected: 0 });
    const members = w.page.locator('[data-testid="load-members"]');
    expect(await members.textContent()).toContain('Dấu ngoặc kép không được đóng');

    // the unit with escaped quotes is named as written (the address changes as Back/Forward change it: a reload would drop the data)
    await w.page.evaluate(`history.pushState(null, '', '?unit=C2&from=2023-01-01&to=2023-12-31'); dispatchEvent(new PopStateEvent('popstate'))`);
    await w.page.waitForFunction(() => new URLSearchParams(document.body.dataset.readyFor ?? '').get('unit') === 'C2');
    await ready(w.page);
    expect(await w.page.textContent('body')).toContain('Chi bộ Công ty "An Phát"');

    const report = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/report.ts', '--data', dir, '--unit', 'P', '--from', '2023-01-01', '--to', '2023-12-31'], { encoding: 'utf8' });
    expect(report.status).toBe(0);
    const json = JSON.parse(report.stdout) as { load: Record<string, { rows: number; loaded: number; rejected: number; errors: { row: number; rule: string }[] }> };
    expect(json.load['members.csv']).toMatchObject({ rows: 6, loaded: 5, rejected: 1 });
    expect(json.load['members.csv']!.errors.map((e) => [e.row, e.rule])).toEqual([[3, 'quote']]);
    expect(json.load['units.csv']).toMatchObject({ rows: 10, loaded: 10, rejected: 0 });
    expect(w.errors).toEqual([]);
  });
});

describe('files too big for the page', () => {
  it('are refused by their size before a byte is read, and the data on screen stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huge-'));
    cpSync('tests/fixtures/tiny', dir, { recursive: true });
    // a sparse file: 700 MB on paper, no disk used
    writeFileSync(join(dir, 'members.csv'), '');
    truncateSync(join(dir, 'members.csv'), 700 * 2 ** 20);
    const w = await watchedPage(browser);
    await w.page.goto(BASE);
    await ready(w.page);
    const before = await w.page.getAttribute('[data-testid="kpi-members"]', 'data-value');
    await w.page.setInputFiles('[data-testid="file-input"]', ['units.csv', 'members.csv', 'admissions.csv'].map((f) => join(dir, f)));
    await w.page.waitForSelector('[data-testid="load-report"][data-ok="0"]');
    expect(await w.page.textContent('[data-testid="load-problem"]')).toBe(
      'Tệp «members.csv» (700 MB) quá lớn để mở trong trang (tổng các tệp tối đa khoảng 600 MB); hãy tách dữ liệu theo từng đơn vị cấp dưới.',
    );
    expect(await w.page.textContent('[data-testid="load-outcome"]')).toBe('Dữ liệu đang xem được giữ nguyên.');
    expect(await w.page.getAttribute('[data-testid="kpi-members"]', 'data-value')).toBe(before);
    expect(w.errors).toEqual([]);
  });
});
