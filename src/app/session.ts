import type { DatasetResult, ImportProgress, Lang } from '../dataset/types';
import { problemLine } from '../dataset/verdict';
import { createBrowserEngine } from '../engine/browser';
import { loadDataset, type LoadedDataset, type LoadTimings } from '../model/store';
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
