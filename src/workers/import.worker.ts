/// <reference lib="webworker" />
import { importDatasetAsync } from '../dataset/import';
import type { DatasetResult, Lang, TableResult } from '../dataset/types';

export interface ImportRequest {
  files: { name: string; bytes: Uint8Array }[];
  lang: Lang;
}

export type ImportMessage =
  | { type: 'progress'; file: string; rows: number; bytes: number; totalBytes: number }
  | { type: 'done'; result: DatasetResult }
  | { type: 'error'; message: string };

/** Parsing and validation run here so that a million-row file never freezes the page. */
self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const post = (m: ImportMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);
  try {
    const result = await importDatasetAsync(e.data.files, {
      lang: e.data.lang,
      onProgress: (p) => post({ type: 'progress', ...p }),
    });
    // The page gets the normalised tables as bytes it can hand to the engine
    // untouched: a transfer, not a copy of hundreds of megabytes of text.
    const encoder = new TextEncoder();
    const buffers: ArrayBuffer[] = [];
    for (const t of Object.values(result.tables)) {
      if (!t) continue;
      const bytes = encoder.encode(t.csv);
      (t as TableResult & { csvBytes?: Uint8Array }).csvBytes = bytes;
      t.csv = '';
      buffers.push(bytes.buffer as ArrayBuffer);
    }
    (self as unknown as DedicatedWorkerGlobalScope).postMessage({ type: 'done', result } satisfies ImportMessage, buffers);
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
