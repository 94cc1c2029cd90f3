/**
 * The bench's datasets: the bundled sample as the build prepared it, and
 * generated national datasets, each generated and prepared once and kept in
 * /tmp between runs (a 5.6M-member dataset takes many minutes to make).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BenchDataset {
  /** The name the `--datasets` flag and the result files use. */
  id: string;
  /** The raw CSV folder (native DuckDB reads it). */
  csvDir: string;
  /** The prepared folder (manifest.json, .duckdb files). */
  preparedDir: string;
  /** Where the built app finds it, relative to dist/ (the page's `?data=`). */
  servedAs: string;
  /** Members to generate, or null for the bundled sample. */
  members: number | null;
}

export const DATASETS: readonly BenchDataset[] = [
  { id: 'sample', csvDir: 'data', preparedDir: 'dist/data', servedAs: 'data', members: null },
  ...[
    ['1m', 1_000_000],
    ['5.6m', 5_600_000],
  ].map(([id, n]) => ({
    id: id as string,
    csvDir: `/tmp/bench-data-${n}`,
    preparedDir: `/tmp/bench-prepared-${n}`,
    servedAs: `bench-${n}`,
    members: n as number,
  })),
];

/** What is kept beside a prepared folder: how long preparing it took, so that a cached run still reports it. */
export interface PrepareRecord {
  seconds: number;
  preparedAt: string;
  /** sha256 of scripts/lib/prepare.ts then: a different one means the folder may be stale (`--reprepare`). */
  prepareSource: string;
}

export const prepareRecordPath = (d: BenchDataset) => `${d.preparedDir}.prepare.json`;

export function prepareSourceHash(): string {
  return createHash('sha256').update(readFileSync('scripts/lib/prepare.ts')).digest('hex').slice(0, 12);
}

export interface Ran {
  ok: boolean;
  seconds: number;
  /** The last lines of its error output, when it failed or was stopped. */
  reason: string;
}

/**
 * Runs a command in a process group of its own, so that a timeout ends the
 * command and whatever it started (tsx runs node in a child), and nothing else.
 */
export function runTimed(cmd: string, args: string[], timeoutMs: number): Promise<Ran> {
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'inherit', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => {
      process.stderr.write(b);
      err = (err + b.toString()).slice(-2000);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      done({ ok: false, seconds: (performance.now() - t0) / 1000, reason: e.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - t0) / 1000;
      const tail = err.trim().split('\n').slice(-3).join(' | ');
      if (timedOut) done({ ok: false, seconds, reason: `timed out after ${Math.round(timeoutMs / 1000)} s` });
      else if (code === 0) done({ ok: true, seconds, reason: '' });
      else done({ ok: false, seconds, reason: `exit ${code ?? signal}: ${tail}` });
    });
  });
}

export interface Readiness {
  /** Null when the dataset can be benched; else why not. */
  failed: string | null;
  prepare: PrepareRecord | null;
  /** True when preparing ran in this run (false: the folder was cached). */
  preparedNow: boolean;
  /** Set when the cached folder was prepared by another version of prepare.ts. */
  staleWarning: string | null;
}

/**
 * Generates (when absent) and prepares (when it has no manifest.json) a
 * generated dataset. A folder without README.md is being written, or was left
 * half-written: it is reported, never deleted or regenerated over.
 */
export async function ensurePrepared(d: BenchDataset, opts: { reprepare: boolean; timeoutMs: number }): Promise<Readiness> {
  const none = { prepare: null, preparedNow: false, staleWarning: null };
  if (d.members === null) {
    if (!existsSync(join(d.preparedDir, 'manifest.json'))) return { ...none, failed: 'dist/data/manifest.json missing: run npm run build' };
    return { ...none, failed: null };
  }
  if (!existsSync(d.csvDir)) {
    console.log(`generating ${d.members.toLocaleString('en')} members into ${d.csvDir} …`);
    const gen = await runTimed('node_modules/.bin/tsx', ['scripts/generate.ts', '--members', String(d.members), '--seed', '1', '--out', d.csvDir], opts.timeoutMs);
    if (!gen.ok) return { ...none, failed: `generate: ${gen.reason}` };
  } else if (!existsSync(join(d.csvDir, 'README.md'))) {
    // the generator writes README.md last
    return { ...none, failed: `${d.csvDir} has no README.md: still being generated, or left incomplete` };
  }
  const recordFile = prepareRecordPath(d);
  const source = prepareSourceHash();
  if (opts.reprepare || !existsSync(join(d.preparedDir, 'manifest.json'))) {
    console.log(`preparing ${d.csvDir} into ${d.preparedDir} …`);
    const ran = await runTimed('node_modules/.bin/tsx', ['scripts/prepare-data.ts', '--data', d.csvDir, '--out', d.preparedDir], opts.timeoutMs);
    if (!ran.ok) return { ...none, failed: `prepare-data: ${ran.reason}` };
    const prepare: PrepareRecord = { seconds: Math.round(ran.seconds * 10) / 10, preparedAt: new Date().toISOString(), prepareSource: source };
    writeFileSync(recordFile, `${JSON.stringify(prepare, null, 2)}\n`);
    return { failed: null, prepare, preparedNow: true, staleWarning: null };
  }
  const prepare = existsSync(recordFile) ? (JSON.parse(readFileSync(recordFile, 'utf8')) as PrepareRecord) : null;
  const staleWarning =
    prepare && prepare.prepareSource !== source ? `${d.preparedDir} was prepared by another version of scripts/lib/prepare.ts: --reprepare to redo it` : null;
  return { failed: null, prepare, preparedNow: false, staleWarning };
}

/** Links left in dist/ by this run, removed at its end (a later build empties dist/ anyway). */
export const LINKED: string[] = [];

/** Makes the prepared folder reachable from the built app: a link dist/<servedAs> -> the folder. */
export function serveFromDist(d: BenchDataset): void {
  if (d.servedAs === 'data') return;
  const link = join('dist', d.servedAs);
  const target = resolve(d.preparedDir);
  if (isLink(link)) {
    if (readlinkSync(link) === target) return void LINKED.push(link);
    rmSync(link);
  } else if (existsSync(link)) {
    throw new Error(`${link} exists and is not a link: move it away`);
  }
  symlinkSync(target, link, 'dir');
  LINKED.push(link);
}

export function unlinkServed(): void {
  for (const link of LINKED.splice(0)) if (isLink(link)) rmSync(link);
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
