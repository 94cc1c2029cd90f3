import { execFileSync } from 'node:child_process';
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

const report = (unit: string, from: string, to: string) =>
  JSON.parse(execFileSync('node_modules/.bin/tsx', ['scripts/report.ts', '--data', 'data', '--unit', unit, '--from', from, '--to', to], { encoding: 'utf8' }));

describe('Tổng quan: progress toward the year’s target', () => {
  it('shows the year so far, the monthly chart and the sub-units at risk, as npm run report counts them', async () => {
    // the sample's data ends on 31/10/2026, inside a year with targets for the province and its communes
    const [unit, from, to] = ['T01', '2026-01-01', '2026-10-31'];
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?unit=${unit}&from=${from}&to=${to}`);
    await ready(w.page);
    const r = report(unit, from, to);
    expect(r.progress).not.toBeNull();
    const attr = (name: string) => w.page.getAttribute('[data-testid="progress"]', name);
    expect(await attr('data-admitted')).toBe(String(r.progress.admitted));
    expect(await attr('data-target')).toBe(String(r.progress.target));
    expect(await attr('data-remaining')).toBe(String(r.progress.remaining));
    expect(await attr('data-usual-share')).toBe(String(r.progress.usual_share));
    expect(await attr('data-projected')).toBe(String(r.progress.projected));
    expect(await attr('data-at-risk')).toBe(String(r.progress.at_risk));
    // the period starts on 1 January: the year so far is the tile's count
    expect(r.progress.admitted).toBe(r.admissions.count);
    expect(await w.page.textContent('[data-testid="progress-verdict"]')).toBe(r.progress.at_risk ? 'Có nguy cơ không đạt chỉ tiêu' : 'Đúng tiến độ');
    // the chart is drawn: its months and the four series' legend
    const chart = await w.page.waitForSelector('[data-testid="chart-progress"] svg');
    expect(await chart.evaluate((s) => s.textContent)).toContain('Nhịp thường lệ');

    // the sub-units at risk, in the report's order, with its numbers: the first ten, then all of them
    expect(r.at_risk_units.length).toBeGreaterThan(10);
    expect(await w.page.$$eval('[data-testid="at-risk-units"] tbody tr', (trs) => trs.length)).toBe(10);
    await w.page.click('[data-testid="at-risk-all"]');
    const rows = await w.page.$$eval('[data-testid="at-risk-units"] tbody tr', (trs) =>
      trs.map((tr) => ({
        unit_id: tr.getAttribute('data-unit'),
        name: tr.querySelector('td')!.textContent,
        target: Number(tr.getAttribute('data-target')),
        admitted: Number(tr.getAttribute('data-admitted')),
        projected: Number(tr.getAttribute('data-projected')),
        ready_candidates: tr.getAttribute('data-ready') === '' ? null : Number(tr.getAttribute('data-ready')),
      })),
    );
    expect(rows).toEqual(r.at_risk_units);
    expect(await w.page.textContent('[data-testid="at-risk-title"]')).toMatch(new RegExp(`: ${r.at_risk_units.length}/\\d+$`));
    // the paragraph says how many, as the report's does
    const said = r.narrative.match(/\d+\/\d+ đơn vị trực thuộc được giao chỉ tiêu có nguy cơ không đạt chỉ tiêu năm 2026/)?.[0];
    expect(said).toBeDefined();
    expect(await w.page.textContent('[data-testid="narrative"]')).toContain(said);
    await w.page.screenshot({ path: 'tests/e2e/artifacts/progress.png', fullPage: true });

    // a unit at risk opens with a click, and its own progress equals the report's for it
    const first = r.at_risk_units[0];
    await w.page.click(`[data-testid="at-risk-units"] tr[data-unit="${first.unit_id}"] button`);
    await w.page.waitForFunction((id) => new URL(location.href).searchParams.get('unit') === id, first.unit_id);
    await ready(w.page);
    expect(await attr('data-admitted')).toBe(String(first.admitted));
    expect(await attr('data-projected')).toBe(String(first.projected));
    expect(await attr('data-at-risk')).toBe('true');
    expect(w.errors).toEqual([]);
  });

  it('has no progress panel for a period across two years', async () => {
    const w = await watchedPage(browser);
    await w.page.goto(`${BASE}?unit=T01&from=2025-07-01&to=2026-06-30`);
    await ready(w.page);
    expect(await w.page.$('[data-testid="kpi-admissions"]')).not.toBeNull();
    expect(await w.page.$('[data-testid="panel-progress"]')).toBeNull();
    expect(w.errors).toEqual([]);
  });
});
