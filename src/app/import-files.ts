import type { ReadSource } from '../dataset/load';
import type { Lang } from '../dataset/types';
import type { ImportMessage, ImportRequest } from '../workers/import.worker';

/** Reads files in a worker of its own (see `import.worker.ts`); the worker ends with the reading. */
export function readInWorker(files: { name: string; bytes: Uint8Array }[], lang: Lang): Promise<ReadSource[]> {
  const worker = new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ReadSource[]>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<ImportMessage>) => {
      worker.terminate();
      if (e.data.type === 'done') resolve(e.data.sources);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'import worker failed'));
    };
    const request: ImportRequest = { files, lang };
    worker.postMessage(request, files.map((f) => f.bytes.buffer as ArrayBuffer));
  });
}

const DATA_FILES = ['units', 'members', 'admissions', 'targets', 'candidates'];

/**
 * The files of a data folder on the page's own server (`?data=<folder>`, the bundled
 * sample is `data`). A folder is resolved relative to the page and must stay on its origin.
 */
export async function fetchFolder(folder: string, onFile?: (name: string) => void): Promise<{ name: string; bytes: Uint8Array }[]> {
  const base = new URL(folder.endsWith('/') ? folder : `${folder}/`, window.location.href);
  if (base.origin !== window.location.origin) throw new Error(`cross-origin:${folder}`);
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const table of DATA_FILES) {
    for (const ext of ['csv', 'xlsx']) {
      const url = new URL(`${table}.${ext}`, base);
      const res = await fetch(url, { cache: 'no-cache' });
      // a static server may answer a missing file with its index page
      if (!res.ok || (res.headers.get('content-type') ?? '').includes('text/html')) continue;
      onFile?.(`${table}.${ext}`);
      files.push({ name: `${table}.${ext}`, bytes: new Uint8Array(await res.arrayBuffer()) });
      break;
    }
  }
  return files;
}
