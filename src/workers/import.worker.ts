/// <reference lib="webworker" />
import { readSources, type ReadSource } from '../dataset/load';
import type { Lang } from '../dataset/types';

export interface ImportRequest {
  files: { name: string; bytes: Uint8Array }[];
  lang: Lang;
}

export type ImportMessage =
  | { type: 'done'; sources: ReadSource[] }
  | { type: 'error'; message: string };

/**
 * The JavaScript half of a load runs here (transcoding, header, framing: see
 * `dataset/load.ts`), so that a large file never freezes the page; the
 * framed records go back as transferred buffers, not copies.
 */
self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  try {
    const sources = await readSources(e.data.files, e.data.lang);
    const buffers: ArrayBuffer[] = [];
    for (const s of sources) if ('framed' in s && s.framed) for (const p of s.framed.parts) buffers.push(p.buffer as ArrayBuffer);
    scope.postMessage({ type: 'done', sources } satisfies ImportMessage, buffers);
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) } satisfies ImportMessage);
  }
};
