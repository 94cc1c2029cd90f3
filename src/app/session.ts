import type { DatasetResult, Lang } from '../dataset/types';
import { datasetVerdict, problemLine } from '../dataset/verdict';
import { createBrowserEngine } from '../engine/browser';
import type { Engine } from '../engine/types';
import { loadDataset, type LoadedDataset } from '../model/store';
import { importInWorker, type ImportProgress } from './import-files';

let engine: Promise<Engine> | null = null;

/** One engine for the page's lifetime; datasets come and go inside it. */
export function getEngine(): Promise<Engine> {
  engine ??= createBrowserEngine();
  return engine;
}

export type LoadOutcome =
  | { ok: true; ds: DatasetResult; loaded: LoadedDataset }
  | { ok: false; ds: DatasetResult | null; reasons: string[] };

export type LoadStep = { step: 'engine' } | { step: 'read'; progress: ImportProgress } | { step: 'tables' };

/**
 * Reads and validates the files off the main thread, then swaps them in. The
 * dataset on screen is replaced only when the new one passes `datasetVerdict`
 * (the one the command-line tools give too); otherwise its reasons are returned.
 */
export async function loadFiles(
  files: { name: string; bytes: Uint8Array }[],
  lang: Lang,
  onStep: (s: LoadStep) => void,
): Promise<LoadOutcome> {
  onStep({ step: 'engine' });
  const db = await getEngine();
  const ds = await importInWorker(files, lang, (progress) => onStep({ step: 'read', progress }));
  const verdict = datasetVerdict(ds, lang);
  if (!verdict.ok) return { ok: false, ds, reasons: verdict.problems.map(problemLine) };
  onStep({ step: 'tables' });
  try {
    return { ok: true, ds, loaded: await loadDataset(db, ds) };
  } catch (e) {
    return { ok: false, ds, reasons: [e instanceof Error ? e.message : String(e)] };
  }
}
