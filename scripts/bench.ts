/**
 * npm run bench [-- --members N]: measures, in Chromium on the built app,
 *  - the first load of the bundled sample (navigation to data-ready), and the
 *    queries the engine was sent before it;
 *  - loading a generated dataset of N members (default 1,000,000) through the
 *    file input: total time, rows/s, the longest main-thread stall while it
 *    loads (a frozen page shows up here), and whether progress was shown;
 *  - each view after a fresh load: the queries it sends before its first
 *    data-ready; then filter changes on the sample, from a change to the
 *    panels painted: a first visit (states the page has not shown since it
 *    was loaded) and a revisit (the same states again, as Back or a removed
 *    chip brings them back), with the queries each sent.
 * Beside each load, native DuckDB (`@duckdb/node-api`) reading the same CSVs:
 * its time, rows/s, and the page's time over it.
 * The engine is watched from outside the app: the page's `Worker` is wrapped
 * (`lib/worker-log.ts`). Speed is measured here, never asserted in tests.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { commandArgs } from './lib/args';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './lib/chromium';
import { nativeCsvReadSeconds, nativeReferenceLines } from './lib/native-reference';
import { firstReady, preparedIn, queriesIn, WORKER_LOG_SCRIPT, type FirstReady, type Sent } from './lib/worker-log';
import { VIEWS } from '../src/views/types';

const args = commandArgs(process.argv.slice(2), {
  members: { type: 'string' },
  port: { type: 'string' },
  'skip-large': { type: 'boolean' },
  profile: { type: 'boolean' },
  views: { type: 'string' },
  rounds: { type: 'string' },
});
// each view's changes are run this many times: single runs on this machine vary by tens of ms
const rounds = Number(args.rounds ?? 2);
const members = Number(args.members ?? 1_000_000);
const port = Number(args.port ?? 5793);
const base = `http://127.0.0.1:${port}/`;
const dir = `/tmp/bench-data-${members}`;

function ms(n: number) {
  return `${Math.round(n)} ms`;
}

/** --profile: what a change sent to the engine, when, and the worker's time on each (it answers one message at a time). */
function printProfile(label: string, took: number, t0: number, log: readonly Sent[]) {
  const done = log.filter((q) => q.answered !== null).sort((a, b) => a.answered! - b.answered!);
  let prev = 0;
  const own = done.map((q) => {
    const t = q.answered! - Math.max(q.start, prev);
    prev = q.answered!;
    return t;
  });
  const busy = own.reduce((a, b) => a + b, 0);
  const last = done.length ? done[done.length - 1]!.answered! - t0 : 0;
  console.log(`    ${label}: ${took} ms, ${queriesIn(log)} queries (+${preparedIn(log)} prepared), ${Math.round(busy)} ms in the worker, last answer at ${Math.round(last)} ms`);
  done.forEach((q, i) => {
    const at = (n: number) => String(Math.round(n - t0)).padStart(5);
    console.log(`      ${at(q.start)} ${at(q.answered!)} own ${String(Math.round(own[i]!)).padStart(4)}  ${q.type.padEnd(15)} ${q.sql.slice(0, 90)}`);
  });
  for (const q of log) if (q.answered === null) console.log(`      ${String(Math.round(q.start - t0)).padStart(5)}   (unanswered)  ${q.type.padEnd(15)} ${q.sql.slice(0, 90)}`);
}

/** Rows of the CSV files (lines after the header; no file of ours has a quoted line break). */
function csvRows(files: string[]): number {
  return files.reduce((n, f) => n + Number(execFileSync('wc', ['-l', f], { encoding: 'utf8' }).trim().split(' ')[0]) - 1, 0);
}

interface Drop {
  took: number;
  /** The longest task the page's main thread ran meanwhile (PerformanceObserver 'longtask'; 0 when none over 50 ms). */
  longestTask: number;
  progress: string[];
  /** The app's own timings of the load's steps (`data-timings` of the load report). */
  timings: Record<string, number>;
}

/** Drops files on the page through its file input and waits for the new dataset on screen. */
async function timedDrop(page: import('playwright-core').Page, files: string[]): Promise<Drop> {
  // a string, not a function: the TypeScript runner would wrap a function with helpers the page lacks
  await page.evaluate(`(() => {
    window.__longest = 0;
    window.__progress = [];
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    });
    window.__observer.observe({ type: 'longtask' });
    const tick = () => {
      const p = document.querySelector('[data-testid="progress"]')?.textContent;
      if (p && window.__progress[window.__progress.length - 1] !== p) window.__progress.push(p);
      if (window.__progress.length < 10000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const s = Date.now();
  await page.setInputFiles('[data-testid="file-input"]', files);
  // the report of the load before stays until this one ends: wait for this load's progress to come and go
  await page.waitForSelector('[data-testid="progress"]', { timeout: 60_000, state: 'attached' });
  await page.waitForSelector('[data-testid="progress"]', { timeout: 600_000, state: 'detached' });
  await page.waitForSelector('[data-testid="load-report"][data-ok="1"]', { timeout: 10_000, state: 'attached' });
  await page.waitForSelector('body[data-ready="1"]', { timeout: 600_000 });
  const took = Date.now() - s;
  const { longest, progress } = (await page.evaluate('({ longest: window.__longest, progress: window.__progress })')) as { longest: number; progress: string[] };
  const timings = JSON.parse((await page.getAttribute('[data-testid="load-report"]', 'data-timings')) ?? '{}') as Record<string, number>;
  return { took, longestTask: longest, progress, timings };
}

function printDrop(label: string, files: string[], d: Drop, native: Awaited<ReturnType<typeof nativeCsvReadSeconds>>) {
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const rows = csvRows(files);
  console.log(`${label}: ${files.length} files, ${(bytes / 1e6).toFixed(0)} MB, ${rows.toLocaleString('en')} rows`);
  console.log(`  drop -> screen ready: ${ms(d.took)} (${Math.round(rows / (d.took / 1000)).toLocaleString('en')} rows/s)`);
  const read = d.timings.tables ?? 0;
  if (read) console.log(`  read + validate in the engine: ${ms(read)} (${Math.round(rows / (read / 1000)).toLocaleString('en')} rows/s); load steps: ${JSON.stringify(d.timings)}`);
  for (const line of nativeReferenceLines(native, d.took / 1000)) console.log(line);
  console.log(`  longest main-thread task while loading: ${ms(d.longestTask)}`);
  console.log(`  progress messages seen: ${d.progress.length} (e.g. ${JSON.stringify(d.progress.slice(-3))})`);
}

async function main() {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(INSTALL_HINT);
  if (!existsSync('dist/index.html')) execFileSync('node_modules/.bin/vite', ['build'], { stdio: 'inherit' });
  if (!args['skip-large'] && !existsSync(join(dir, 'members.csv'))) {
    console.log(`generating ${members} members into ${dir} …`);
    execFileSync('node_modules/.bin/tsx', ['scripts/generate.ts', '--members', String(members), '--seed', '1', '--out', dir], { stdio: 'inherit' });
  }
  // before the server and the browser start, so that neither competes with it for the CPU
  const nativeSample = await nativeCsvReadSeconds('data');
  const nativeLarge = args['skip-large'] ? [] : await nativeCsvReadSeconds(dir);
  const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: CHROMIUM_ARGS,
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(WORKER_LOG_SCRIPT);
    /** Loads `url` afresh (a new page: nothing kept from before) and waits for its first data-ready. */
    const freshLoad = async (url: string): Promise<FirstReady & { took: number }> => {
      const t = Date.now();
      await page.goto(url);
      await page.waitForSelector('body[data-ready="1"]', { timeout: 180_000 });
      const took = Date.now() - t;
      const { log, loadedAt, readyAt } = (await page.evaluate('({ log: window.__engineLog, loadedAt: window.__loadedAt, readyAt: window.__readyAt })')) as {
        log: Sent[];
        loadedAt: number;
        readyAt: number;
      };
      return { took, ...firstReady(log, loadedAt, readyAt) };
    };
    const first = await freshLoad(base);
    console.log(`sample first load (engine start + fetch + validate + tables): ${ms(first.took)}`);
    console.log(`  load steps: ${(await page.getAttribute('[data-testid="load-report"]', 'data-timings')) ?? '{}'}`);
    console.log(
      `  engine queries before data-ready: ${queriesIn(first.all)} (+${preparedIn(first.all)} prepared), of which the view's ${queriesIn(first.view)} (+${preparedIn(first.view)})`,
    );
    for (const line of nativeReferenceLines(nativeSample, first.took / 1000)) console.log(line);
    const sampleFiles = readdirSync('data').filter((n) => n.endsWith('.csv')).map((n) => join('data', n));
    printDrop('sample drop', sampleFiles, await timedDrop(page, sampleFiles), nativeSample);

    // A filter change is driven through the URL contract (history + popstate, as Back/Forward do);
    // "ready" is the app's own signal that every panel of the view shows the new filters,
    // and `data-ready-for` the address it shows them for.
    const change = async (patch: Record<string, string>, label: string) => {
      await page.evaluate('window.__engineLog = []');
      // Timed in the page: from the moment the change is dispatched to the end of the main thread's work
      // on the first frame after the app says ready for the new address: its style, layout and paint.
      // A task posted from that frame's animation callback runs once the frame is painted (the callback
      // itself runs before them). A MutationObserver sees the signal as it is set, so neither the
      // DevTools round trips nor polling add to the figure.
      await page.evaluate(`(() => {
        const want = ${JSON.stringify(patch)};
        const matches = () => {
          // ready for this URL (the app leaves defaults out: no \`view\` is the overview, no \`f\` no clauses)
          const shown = new URLSearchParams(document.body.dataset.ready === '1' ? (document.body.dataset.readyFor ?? '') : '');
          return Object.entries(want).every(([k, v]) => (shown.get(k) ?? (k === 'view' ? 'overview' : '')) === v);
        };
        const t = (window.__change = { t0: performance.now(), ready: null, painted: null });
        const obs = new MutationObserver(() => {
          if (t.ready !== null || !matches()) return;
          t.ready = performance.now();
          obs.disconnect();
          requestAnimationFrame(() => {
            const after = new MessageChannel();
            after.port1.onmessage = () => (t.painted = performance.now());
            after.port2.postMessage(null);
          });
        });
        obs.observe(document.body, { attributes: true, attributeFilter: ['data-ready', 'data-ready-for'] });
        const p = new URLSearchParams(location.search);
        // as the app writes its addresses (and Back/Forward restore them): an empty value is left out
        for (const [k, v] of Object.entries(want)) v === '' ? p.delete(k) : p.set(k, v);
        history.pushState(null, '', '?' + p);
        dispatchEvent(new PopStateEvent('popstate'));
      })()`);
      await page.waitForFunction(() => (window as unknown as { __change: { painted: number | null } }).__change.painted !== null);
      const took = Math.round((await page.evaluate('window.__change.painted - window.__change.t0')) as number);
      // queries sent until the frame was painted (a question for later may still run after it)
      const { t0, log } = (await page.evaluate('({ t0: window.__change.t0, log: window.__engineLog })')) as { t0: number; log: Sent[] };
      if (args.profile) printProfile(`${label} ${JSON.stringify(patch)}`, took, t0, log);
      return { took, queries: queriesIn(log) };
    };
    const home = { unit: 'T01', from: '2025-01-01', to: '2025-12-31', f: '' };
    // Every state differs from `home`, where each view is loaded, and from the others: on a first visit
    // the page has shown none of them.
    const session: Record<string, string>[] = [
      ...['T01.H01', 'T01.H02', 'T01.XM01', 'T01.H02.X03'].map((unit) => ({ ...home, unit })),
      ...[['2023-01-01', '2023-12-31'], ['2021-01-01', '2025-12-31'], ['2026-01-01', '2026-10-31'], ['2024-01-01', '2024-12-31']].map(([from, to]) => ({ ...home, from: from!, to: to! })),
      { ...home, f: 'sex:nu' },
      { ...home, f: 'cell_type:thon_to_dan_pho' },
      { ...home, unit: 'T01.H02', f: 'sex:nu' },
    ];
    const views = args.views ? args.views.split(',') : VIEWS.map((v) => v.id);
    const median = (t: number[]) => [...t].sort((a, b) => a - b)[t.length >> 1]!;
    const stat = (t: number[]) => `${ms(median(t)).padStart(7)} / ${ms(Math.max(...t)).padStart(7)}`;
    type Visit = { timings: number[]; queries: number };
    const results = new Map<string, { first: FirstReady[]; visit: Visit; revisit: Visit }>();
    for (let round = 0; round < rounds; round++) {
      for (const view of views) {
        const r = results.get(view) ?? { first: [], visit: { timings: [], queries: 0 }, revisit: { timings: [], queries: 0 } };
        results.set(view, r);
        const q = new URLSearchParams({ view, unit: home.unit, from: home.from, to: home.to });
        r.first.push(await freshLoad(`${base}?${q}`));
        for (const [label, into] of [['first visit', r.visit], ['revisit', r.revisit]] as const) {
          for (const state of session) {
            const c = await change({ view, ...state }, label);
            into.timings.push(c.took);
            into.queries += c.queries;
          }
        }
      }
    }
    const label = (view: string) => `${view} (${VIEWS.find((v) => v.id === view)?.vi ?? '?'})`.padEnd(32);
    console.log(`each view's first data-ready after a fresh load, median of ${rounds}: engine queries sent (+ statements prepared), and the time from the load's end`);
    for (const [view, { first }] of results) {
      const f = first.map((x) => ({ q: queriesIn(x.view), p: preparedIn(x.view), t: x.viewMs }));
      console.log(`  ${label(view)} ${String(median(f.map((x) => x.q))).padStart(4)} (+${median(f.map((x) => x.p))})  ${ms(median(f.map((x) => x.t))).padStart(7)}`);
    }
    console.log(
      `filter change -> every panel of the view painted, median / max of ${rounds} × ${session.length} unit, period and cross-filter changes, and the engine queries they sent:`,
    );
    console.log(`  ${'view'.padEnd(32)} ${'first visit'.padStart(17)} ${'queries'.padStart(8)}  ${'revisit'.padStart(17)} ${'queries'.padStart(8)}`);
    for (const [view, { visit, revisit }] of results) {
      console.log(`  ${label(view)} ${stat(visit.timings)} ${String(visit.queries).padStart(8)}  ${stat(revisit.timings)} ${String(revisit.queries).padStart(8)}`);
    }

    await change({ view: 'overview', ...home }, 'back home');

    if (!args['skip-large']) {
      const files = readdirSync(dir).filter((n) => n.endsWith('.csv')).map((n) => join(dir, n));
      printDrop('large drop', files, await timedDrop(page, files), nativeLarge);
      console.log(`  KPI members: ${await page.getAttribute('[data-testid="kpi-members"]', 'data-value')}`);
    }
    await browser.close();
  } finally {
    server.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
