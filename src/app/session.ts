import type { DatasetResult, ImportProgress, Lang } from '../dataset/types';
import { problemLine } from '../dataset/verdict';
import { createBrowserEngine } from '../engine/browser';
import type { PartFile } from '../model/parts';
import { attachParts, loadDataset, openPrepared, type LoadedDataset, type LoadTimings } from '../model/store';
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

/** Where each split dataset's files are: its parts are fetched from there when the user looks below its summary. */
const partBases = new WeakMap<LoadedDataset, URL>();

/**
 * Fetches `url` whole, telling how much of it has arrived (0–1) when the
 * server says its length: once per whole percent, not per network chunk, so
 * that the page does not re-render a thousand times for a large file.
 */
async function fetchBytes(url: URL, onFraction?: (fraction: number) => void): Promise<Uint8Array> {
  const res = await fetch(url, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`${url.pathname}: HTTP ${res.status}`);
  const total = Number(res.headers.get('content-length') ?? 0);
  if (!res.body || !total || !onFraction) return new Uint8Array(await res.arrayBuffer());
  const bytes = new Uint8Array(total);
  let at = 0;
  let told = -1;
  const reader = res.body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    bytes.set(r.value.subarray(0, total - at), at);
    at += r.value.length;
    const percent = Math.floor((Math.min(at, total) / total) * 100);
    if (percent !== told) onFraction((told = percent) / 100);
  }
  return at === total ? bytes : bytes.subarray(0, at);
}

/**
 * A prepared dataset (`npm run prepare-data`) in `folder` on the page's own
 * server, fetched while the engine starts and attached read-only: no file
 * is read or checked and no table built in the page. A split one (a
 * country) opens on its summary; `attachPartsFor` fetches a top-level
 * unit's file when the user looks into it. Null when the folder has no
 * manifest (then it holds CSV or .xlsx files).
 */
export async function loadPreparedFolder(folder: string, onFile: (name: string, fraction?: number) => void): Promise<Extract<LoadOutcome, { ok: true }> | null> {
  const base = new URL(folder.endsWith('/') ? folder : `${folder}/`, window.location.href);
  if (base.origin !== window.location.origin) throw new Error(`cross-origin:${folder}`);
  const manifest = await fetch(new URL('manifest.json', base), { cache: 'no-cache' });
  // a static server may answer a missing file with its index page
  if (!manifest.ok || !(manifest.headers.get('content-type') ?? '').includes('json')) return null;
  const m = (await manifest.json()) as { format?: number; summary?: string; parts?: Record<string, PartFile> };
  if (m.format !== 1) return null;
  const started = performance.now();
  const file = m.summary ?? 'dataset.duckdb';
  // the database file is the large one (a country's summary is tens of MB): its progress is shown
  const [db, bytes, report] = await Promise.all([
    getEngine(),
    fetchBytes(new URL(file, base), (fraction) => onFile(file, fraction)),
    fetchBytes(new URL('load-report.json', base)).then((b) => JSON.parse(new TextDecoder().decode(b)) as DatasetResult),
  ]);
  const fetched = performance.now();
  const loaded = await openPrepared(db, `prepared-${++preparedFiles}.duckdb`, bytes, { ds: report, parts: m.parts });
  if (m.parts) partBases.set(loaded, base);
  return { ok: true, ds: report, loaded, timings: { fetch: Math.round(fetched - started), attach: Math.round(performance.now() - fetched) } };
}

/**
 * Fetches and attaches the files a unit's figures need of a split prepared
 * dataset (its top-level unit's, and those of units merged into it from
 * elsewhere), telling how much has arrived (0–1) over all of them.
 */
export async function attachPartsFor(loaded: LoadedDataset, unitId: string, onFraction: (fraction: number) => void): Promise<void> {
  const parts = loaded.parts;
  const base = partBases.get(loaded);
  if (!parts || !base) return;
  const tops = parts.needs(unitId).filter((top) => !parts.attached.has(top));
  const total = tops.reduce((sum, top) => sum + (parts.parts[top]?.bytes ?? 0), 0) || 1;
  const arrived = new Map<string, number>();
  await attachParts(await getEngine(), loaded, tops, (top, part) =>
    fetchBytes(new URL(part.file, base), (f) => {
      arrived.set(top, f * part.bytes);
      onFraction([...arrived.values()].reduce((a, b) => a + b, 0) / total);
    }),
  );
}
