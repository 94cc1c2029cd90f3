/**
 * npm run bench [-- --datasets sample,1m,5.6m --rounds N --views a,b --profile]:
 * measures prepared datasets in Chromium on the built app (see
 * bench/results/README.md for the columns). Per dataset:
 *  - generated (`--members N --seed 1`) and prepared once, kept in /tmp, with
 *    how long preparing took;
 *  - navigation to data-ready, cold (a fresh context) and warm (a reload);
 *  - a scripted session of unit, drill-down, period, cross-filter, tab and N
 *    changes through the page's controls, each timed from the action to the
 *    panels painted; the longest main-thread task; the renderer's peak memory;
 *  - the same questions asked of native DuckDB on the raw CSVs, and the
 *    page's time over native's.
 * Writes bench/results/<dataset>-<date>.json and bench/results/latest.md.
 * Every step has a timeout and a failure is recorded, never thrown: a dataset
 * that cannot open still leaves the others measured. Speed is measured here,
 * never asserted in tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { commandArgs, intArg } from './lib/args';
import { DATASETS, ensurePrepared, runTimed, serveFromDist, unlinkServed, type BenchDataset } from './lib/bench-datasets';
import { watchRendererMemory } from './lib/bench-memory';
import { nativeAnswers, stateFromSearch } from './lib/bench-native';
import { longestTaskSince, newBenchPage, reasonOf, timedLoad, timedStep, type Interaction, type Load, type Timeouts } from './lib/bench-page';
import { appJsSize, markdownTable, spread, writeDatasetJson, type DatasetResult } from './lib/bench-report';
import { sessionSteps, sessionUnits } from './lib/bench-session';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './lib/chromium';
import { VIEWS } from '../src/views/types';

const argv = process.argv.slice(2);
const args = commandArgs(argv, {
  datasets: { type: 'string' },
  rounds: { type: 'string' },
  views: { type: 'string' },
  profile: { type: 'boolean' },
  port: { type: 'string' },
  reprepare: { type: 'boolean' },
  'skip-native': { type: 'boolean' },
  'load-timeout': { type: 'string' },
  'step-timeout': { type: 'string' },
  'prepare-timeout': { type: 'string' },
  out: { type: 'string' },
  // the earlier bench's flag, still in notes and docs: the sample alone
  'skip-large': { type: 'boolean' },
});
const fail = (m: string): never => {
  console.error(`bench: ${m}`);
  process.exit(1);
};
// cold and warm loads and session passes per dataset: single runs on this machine vary by tens of percent
const rounds = intArg(args.rounds, 'rounds', 2, 1, 20, fail);
const port = intArg(args.port, 'port', 5793, 1024, 65535, fail);
const timeouts: Timeouts = {
  loadMs: intArg(args['load-timeout'], 'load-timeout', 600, 1, 7200, fail) * 1000,
  stepMs: intArg(args['step-timeout'], 'step-timeout', 180, 1, 3600, fail) * 1000,
};
const prepareMs = intArg(args['prepare-timeout'], 'prepare-timeout', 5400, 1, 86400, fail) * 1000;
const outDir = args.out ?? 'bench/results';
const views = args.views ? args.views.split(',') : VIEWS.map((v) => v.id);
for (const v of views) if (!VIEWS.some((x) => x.id === v)) fail(`--views: no view ${v} (${VIEWS.map((x) => x.id).join(', ')})`);
const chosen = (args.datasets ?? (args['skip-large'] ? 'sample' : DATASETS.map((d) => d.id).join(','))).split(',');
for (const id of chosen) if (!DATASETS.some((d) => d.id === id)) fail(`--datasets: no dataset ${id} (${DATASETS.map((d) => d.id).join(', ')})`);
const base = `http://127.0.0.1:${port}/`;
const today = new Date().toISOString().slice(0, 10);

const ms = (n: number | null) => (n === null ? '—' : `${Math.round(n).toLocaleString('en')} ms`);

/** The size of the files of a folder and its sub-folders (a split dataset keeps its parts in one). */
function bytesIn(dir: string): number | null {
  try {
    return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? (bytesIn(join(dir, e.name)) ?? 0) : statSync(join(dir, e.name)).size), 0);
  } catch {
    return null;
  }
}

let server: ChildProcess | null = null;
async function ensureServer(): Promise<void> {
  if (server) return;
  server = spawn('node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`vite preview did not answer on ${base}`);
}

/** The page part: loads, then the session on the last warm page. */
async function inThePage(browser: Browser, d: BenchDataset) {
  const url = d.servedAs === 'data' ? base : `${base}?data=${encodeURIComponent(d.servedAs)}`;
  const cold: Load[] = [];
  const warm: Load[] = [];
  const interactions: Interaction[] = [];
  let longestTaskMs: number | null = null;
  let page = null;
  for (let round = 0; round < rounds; round++) {
    if (page) await page.context().close();
    page = await newBenchPage(browser, timeouts);
    page.on('crash', () => console.log(`  ${d.id}: the renderer crashed`));
    const p = page;
    cold.push(await timedLoad(p, () => p.goto(url, { waitUntil: 'commit', timeout: timeouts.loadMs }), timeouts));
    console.log(`  cold load ${round + 1}: ${cold.at(-1)!.failed ? `failed: ${cold.at(-1)!.failed}` : ms(cold.at(-1)!.ms)}`);
    if (cold.at(-1)!.failed) return { cold, warm, interactions, longestTaskMs };
    warm.push(await timedLoad(p, () => p.reload({ waitUntil: 'commit', timeout: timeouts.loadMs }), timeouts));
    console.log(`  warm load ${round + 1}: ${warm.at(-1)!.failed ? `failed: ${warm.at(-1)!.failed}` : ms(warm.at(-1)!.ms)}`);
    if (warm.at(-1)!.failed) return { cold, warm, interactions, longestTaskMs };
  }
  const steps = sessionSteps(sessionUnits(d.csvDir), views);
  const since = (await page!.evaluate('performance.now()')) as number;
  let inARow = 0;
  passes: for (let pass = 1; pass <= rounds; pass++) {
    for (const step of steps) {
      const r = await timedStep(page!, step, pass, timeouts, !!args.profile);
      interactions.push(r);
      if (!args.profile) console.log(`  pass ${pass} ${r.kind.padEnd(12)} ${r.label.padEnd(34)} ${r.failed ? `failed: ${r.failed}` : ms(r.ms).padStart(9)}${r.progress ? ' (progress shown)' : ''}`);
      inARow = r.failed ? inARow + 1 : 0;
      // a page that failed three steps running is stuck: what follows would only time out too
      if (inARow >= 3) {
        interactions.push({ pass, kind: step.kind, label: 'session stopped', ms: null, failed: 'three steps failed in a row' });
        break passes;
      }
    }
  }
  longestTaskMs = await longestTaskSince(page!, since).catch(() => null);
  await page!.context().close().catch(() => undefined);
  return { cold, warm, interactions, longestTaskMs };
}

async function benchDataset(d: BenchDataset, chromiumPath: string): Promise<DatasetResult> {
  console.log(`\n== ${d.id} (${d.preparedDir})`);
  const ready = await ensurePrepared(d, { reprepare: !!args.reprepare, timeoutMs: prepareMs });
  const result: DatasetResult = {
    dataset: d.id,
    date: today,
    failed: ready.failed,
    prepareSeconds: ready.prepare?.seconds ?? null,
    preparedNow: ready.preparedNow,
    preparedBytes: bytesIn(d.preparedDir),
    warnings: ready.staleWarning ? [ready.staleWarning] : [],
    cold: [],
    warm: [],
    interactions: [],
    summary: {
      cold: spread([]),
      warm: spread([]),
      interactions: spread([]),
      drill: spread([]),
      byKind: {},
      failedSteps: 0,
      longestTaskMs: null,
      peakRendererRssMb: null,
      native: null,
      ratio: { p50: null, p95: null },
    },
    appJs: appJsSize(),
  };
  if (ready.failed) return result;
  if (ready.prepare) console.log(`  prepare-data: ${ready.prepare.seconds} s${ready.preparedNow ? '' : ' (cached)'}`);
  if (ready.staleWarning) console.log(`  warning: ${ready.staleWarning}`);
  try {
    serveFromDist(d);
    await ensureServer();
    const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    const memory = watchRendererMemory();
    try {
      const r = await inThePage(browser, d);
      Object.assign(result, { cold: r.cold, warm: r.warm, interactions: r.interactions });
      result.summary.longestTaskMs = r.longestTaskMs;
    } finally {
      result.summary.peakRendererRssMb = memory.stop();
      await browser.close().catch(() => undefined);
    }
  } catch (e) {
    result.failed = `page: ${reasonOf(e)}`;
  }
  const done = result.interactions.filter((i) => i.ms !== null);
  const okMs = (l: Load[]) => l.flatMap((x) => (x.ms === null ? [] : [x.ms]));
  const s = result.summary;
  s.cold = spread(okMs(result.cold));
  s.warm = spread(okMs(result.warm));
  s.interactions = spread(done.map((i) => i.ms!));
  s.drill = spread(done.filter((i) => i.kind === 'drill').map((i) => i.ms!));
  for (const kind of new Set(done.map((i) => i.kind))) s.byKind[kind] = spread(done.filter((i) => i.kind === kind).map((i) => i.ms!));
  s.failedSteps = result.interactions.filter((i) => i.failed).length;
  if (!args['skip-native'] && done.length) {
    try {
      const manifest = JSON.parse(readFileSync(join(d.preparedDir, 'manifest.json'), 'utf8')) as { dataDate: string | null };
      const y = manifest.dataDate ? Number(manifest.dataDate.slice(0, 4)) - (manifest.dataDate.endsWith('-12-31') ? 0 : 1) : new Date().getFullYear() - 1;
      const home = { unit: sessionUnits(d.csvDir).root.unit_id, from: `${y}-01-01`, to: `${y}-12-31` };
      const native = await nativeAnswers(d.csvDir, done.map((i) => stateFromSearch(i.search ?? '', home)));
      s.native = { loadSeconds: Math.round(native.loadSeconds * 10) / 10, states: spread(native.stateMs.map(Math.round)), ignoredDims: native.ignoredDims };
      if (s.interactions.p50 !== null && s.native.states.p50) s.ratio.p50 = s.interactions.p50 / s.native.states.p50;
      if (s.interactions.p95 !== null && s.native.states.p95) s.ratio.p95 = s.interactions.p95 / s.native.states.p95;
    } catch (e) {
      result.warnings.push(`native reference failed: ${reasonOf(e)}`);
    }
  }
  return result;
}

function printSummary(r: DatasetResult) {
  const s = r.summary;
  const trio = (x: typeof s.interactions) => `p50 ${ms(x.p50)}, p95 ${ms(x.p95)}, max ${ms(x.max)} (${x.n})`;
  console.log(`\n${r.dataset}${r.failed ? `: failed: ${r.failed}` : ''}`);
  if (r.prepareSeconds !== null) console.log(`  prepare-data ${r.prepareSeconds} s${r.preparedNow ? '' : ' (cached)'}, ${((r.preparedBytes ?? 0) / 1e6).toFixed(0)} MB prepared`);
  console.log(`  navigation -> data-ready: cold ${trio(s.cold)}; warm ${trio(s.warm)}`);
  console.log(`  action -> panels painted: ${trio(s.interactions)}; ${s.failedSteps} failed`);
  console.log(`    drill-down: ${trio(s.drill)}`);
  for (const [kind, x] of Object.entries(s.byKind)) if (kind !== 'drill') console.log(`    ${kind}: ${trio(x)}`);
  console.log(`  longest main-thread task in the session: ${ms(s.longestTaskMs)}; peak renderer RSS (VmHWM): ${s.peakRendererRssMb ?? '—'} MB`);
  if (s.native) {
    console.log(`  native DuckDB on the raw CSVs (load ${s.native.loadSeconds} s): the same states ${trio(s.native.states)}`);
    console.log(`  page ÷ native: p50 ${s.ratio.p50?.toFixed(1) ?? '—'}×, p95 ${s.ratio.p95?.toFixed(1) ?? '—'}×${s.native.ignoredDims.length ? ` (clauses not asked natively: ${s.native.ignoredDims.join(', ')})` : ''}`);
  }
  for (const w of r.warnings) console.log(`  ${w}`);
}

async function main() {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(INSTALL_HINT);
  if (!existsSync('dist/index.html') || !existsSync('dist/data/manifest.json')) {
    const built = await runTimed('npm', ['run', 'build'], prepareMs);
    if (!built.ok) throw new Error(`npm run build: ${built.reason}`);
  }
  const app = appJsSize();
  console.log(`app JavaScript (gzip -9, engine excluded): ${(app.gzipBytes / 1024).toFixed(0)} KiB; excluded: ${app.excluded.join(', ')}`);
  const results: DatasetResult[] = [];
  try {
    for (const id of chosen) {
      const r = await benchDataset(DATASETS.find((d) => d.id === id)!, chromiumPath);
      results.push(r);
      console.log(`  wrote ${writeDatasetJson(r, outDir)}`);
    }
  } finally {
    server?.kill();
    unlinkServed();
  }
  results.forEach(printSummary);
  const md = join(outDir, 'latest.md');
  writeFileSync(md, markdownTable(results, `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`));
  console.log(`\nwrote ${md}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
