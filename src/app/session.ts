import type { DatasetResult, ImportProgress, Lang } from '../dataset/types';
import { problemLine } from '../dataset/verdict';
import { createBrowserEngine } from '../engine/browser';
import { loadDataset, openPrepared, type LoadedDataset, type LoadTimings } from '../model/store';
import { Coordinator } from '../query/coordinator';
import { readInWorker } from './import-files';

let engine: Promise<Coordinator> | null = null;

/** One engine for the page's lifetime, every question through its coordinator; datasets come and go inside it. */
export function getEngine(): Promise<Coordinator> {
  engine ??= createBrowserEngine().then((e) => new Coordinator(e));
  return engine;
}

export type LoadOutcome =
  | { ok: true; ds: DatasetResult; loaded: LoadedDataset; timings: LoadTimings }
  | { ok: false; ds: DatasetResult | null; reasons: string[] };

export type LoadStep = { step: 'decode' } | { step: 'read'; progress: ImportProgress } | { step: 'tables' };

/**
 * Reads the files off the main thread while the engine starts, then has the
 * engine read and check them (see `dataset/load.ts`). The dataset on screen
 * is replaced only when the new one passes `datasetVerdict` (the one the
 * command-line tools give too); otherwise its reasons are returned.
 */
export async function loadFiles(
  files: { name: string; bytes: Uint8Array }[],
  lang: Lang,
  onStep: (s: LoadStep) => void,
): Promise<LoadOutcome> {
  onStep({ step: 'decode' });
  const [db, sources] = await Promise.all([getEngine(), readInWorker(files, lang)]);
  try {
    const r = await loadDataset(db, sources, {
      lang,
      onProgress: (progress) => onStep({ step: 'read', progress }),
      onBuilding: () => onStep({ step: 'tables' }),
    });
    if (!r.verdict.ok || !r.loaded) return { ok: false, ds: r.ds, reasons: r.verdict.ok ? [] : r.verdict.problems.map(problemLine) };
    return { ok: true, ds: r.ds, loaded: r.loaded, timings: r.timings };
  } catch (e) {
    return { ok: false, ds: null, reasons: [e instanceof Error ? e.message : String(e)] };
  }
}

let preparedFiles = 0;

/**
 * A prepared dataset (`npm run prepare-data`) in `folder` on the page's own
 * server, fetched while the engine starts and attached read-only: no file
 * is read or checked and no table built in the page. Null when the folder
 * has no manifest (then it holds CSV or .xlsx files).
 */
export async function loadPreparedFolder(folder: string, onFile: (name: string) => void): Promise<Extract<LoadOutcome, { ok: true }> | null> {
  const base = new URL(folder.endsWith('/') ? folder : `${folder}/`, window.location.href);
  if (base.origin !== window.location.origin) throw new Error(`cross-origin:${folder}`);
  const manifest = await fetch(new URL('manifest.json', base), { cache: 'no-cache' });
  // a static server may answer a missing file with its index page
  if (!manifest.ok || !(manifest.headers.get('content-type') ?? '').includes('json')) return null;
  const { format } = (await manifest.json()) as { format?: number };
  if (format !== 1) return null;
  const started = performance.now();
  const get = async (name: string) => {
    const res = await fetch(new URL(name, base), { cache: 'no-cache' });
    if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
    onFile(name);
    return res;
  };
  const [db, file, report] = await Promise.all([getEngine(), get('dataset.duckdb').then((r) => r.arrayBuffer()), get('load-report.json').then((r) => r.json() as Promise<DatasetResult>)]);
  const fetched = performance.now();
  const loaded = await openPrepared(db, `prepared-${++preparedFiles}.duckdb`, new Uint8Array(file), { ds: report });
  return { ok: true, ds: report, loaded, timings: { fetch: Math.round(fetched - started), attach: Math.round(performance.now() - fetched) } };
}
