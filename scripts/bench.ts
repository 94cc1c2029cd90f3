/**
 * npm run bench [-- --members N]: measures, in Chromium on the built app,
 *  - the first load of the bundled sample (navigation to data-ready);
 *  - loading a generated dataset of N members (default 1,000,000) through the
 *    file input: total time, rows/s, the longest main-thread stall while it
 *    loads (a frozen page shows up here), and whether progress was shown;
 *  - filter changes on the sample: time from a change to the panels painted, cold (a
 *    change reuses no answer of an earlier one) and as a user gets it (with
 *    the engine's result cache).
 * Beside each load, native DuckDB (`@duckdb/node-api`) reading the same CSVs:
 * its time, rows/s, and the page's time over it.
 * Speed is measured here, never asserted in tests.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { commandArgs } from './lib/args';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './lib/chromium';
import { nativeCsvReadSeconds, nativeReferenceLines } from './lib/native-reference';

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

type Profile = { t0: number; log: { sql: string; start: number; answered: number; end: number }[] };

/** --profile: each change's queries, when they ran relative to the change, and the time no query was running. */
function printProfile(patch: Record<string, string>, took: number, { t0, log }: Profile) {
  const busy = log.reduce((s, q) => s + (q.end - q.start), 0);
  const lastEnd = log.reduce((m, q) => Math.max(m, q.end - t0), 0);
  console.log(`    ${JSON.stringify(patch)}: ${took} ms, ${log.length} queries, ${Math.round(busy)} ms in queries, last query ended at ${Math.round(lastEnd)} ms`);
  // the engine's worker runs one query at a time: a query's own time starts when the one before it ended
  let prevEnd = 0;
  for (const q of [...log].sort((a, b) => a.end - b.end)) {
    const own = q.end - Math.max(q.start, prevEnd);
    prevEnd = q.end;
    // rows: the answer made plain objects on the main thread, after it arrived
    console.log(
      `      ${String(Math.round(q.start - t0)).padStart(5)} ${String(Math.round(q.end - t0)).padStart(5)} own ${String(Math.round(own)).padStart(4)} rows ${(q.end - q.answered).toFixed(1).padStart(4)}  ${q.sql.slice(0, 90)}`,
    );
  }
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
    const t0 = Date.now();
    await page.goto(base);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 180_000 });
    const firstLoad = Date.now() - t0;
    console.log(`sample first load (engine start + fetch + validate + tables): ${ms(firstLoad)}`);
    console.log(`  load steps: ${(await page.getAttribute('[data-testid="load-report"]', 'data-timings')) ?? '{}'}`);
    for (const line of nativeReferenceLines(nativeSample, firstLoad / 1000)) console.log(line);
    const sampleFiles = readdirSync('data').filter((n) => n.endsWith('.csv')).map((n) => join('data', n));
    printDrop('sample drop', sampleFiles, await timedDrop(page, sampleFiles), nativeSample);

    // A filter change is driven through the URL contract (history + popstate, as Back/Forward do);
    // "ready" is the app's own signal that every panel of the view shows the new filters,
    // and `data-ready-for` the address it shows them for.
    let cold = false;
    const change = async (patch: Record<string, string>) => {
      if (cold) await page.evaluate('window.__engineCacheEpoch = (window.__engineCacheEpoch ?? 0) + 1');
      if (args.profile) await page.evaluate('window.__engineLog = []');
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
      if (args.profile) printProfile(patch, took, (await page.evaluate('({ t0: window.__change.t0, log: window.__engineLog })')) as Profile);
      return took;
    };
    const units = ['T01.H01', 'T01.H02', 'T01.XM01', 'T01.H02.X03', 'T01'];
    const periods = [['2023-01-01', '2023-12-31'], ['2021-01-01', '2025-12-31'], ['2026-01-01', '2026-10-31'], ['2025-01-01', '2025-12-31']];
    const views = args.views ? args.views.split(',') : ['overview', 'composition', 'members', 'cells', 'units', 'forms'];
    const stat = (t: number[]) => {
      const s = [...t].sort((a, b) => a - b);
      return `${ms(s[s.length >> 1]).padStart(7)} / ${ms(s[s.length - 1]).padStart(7)}`;
    };
    // Cold: a change reuses no answer of the changes before it (panels of the same change still
    // share theirs), as on a first visit. Then as used: answers already given (another view of the
    // same unit and period, a step back) come from the engine's result cache.
    const results = new Map<string, string[]>();
    for (const mode of ['cold', 'cached'] as const) {
      cold = mode === 'cold';
      for (const view of views) {
        await change({ view, unit: 'T01', from: '2025-01-01', to: '2025-12-31', f: '' });
        const timings: number[] = [];
        for (let round = 0; round < rounds; round++) {
          // a round with the cache does not reuse the answers of the round before it
          if (!cold) await page.evaluate(`window.__engineCacheEpoch = ${1_000_000 + round}`);
          for (const unit of units) timings.push(await change({ unit }));
          for (const [from, to] of periods) timings.push(await change({ from, to }));
          timings.push(await change({ f: 'sex:nu' }), await change({ f: 'cell_type:thon_to_dan_pho' }), await change({ f: '' }));
        }
        results.set(view, [...(results.get(view) ?? []), stat(timings)]);
      }
    }
    console.log(`filter change -> every panel of the view painted, median / max of ${rounds} × ${units.length + periods.length + 3} unit, period and cross-filter changes:`);
    console.log(`  ${'view'.padEnd(12)} ${'cold'.padStart(17)}  ${'with cache'.padStart(17)}`);
    for (const [view, [cold, cached]] of results) console.log(`  ${view.padEnd(12)} ${cold}  ${cached}`);

    await change({ view: 'overview', unit: 'T01', from: '2025-01-01', to: '2025-12-31', f: '' });

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
