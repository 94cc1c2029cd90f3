import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));

/** Serves the bundled sample (`data/`) at `./data/` in dev and copies it into the build. */
export function sampleData(): Plugin {
  let outDir = 'dist';
  return {
    name: 'sample-data',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const file = join(DATA_DIR, decodeURIComponent((req.url ?? '/').split('?')[0]));
        if (!file.startsWith(DATA_DIR) || !existsSync(file)) return next();
        res.setHeader('Content-Type', file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
    // a prepared dataset's file is binary: sent as it is, never compressed on the fly (which costs
    // seconds on a large file and breaks range requests)
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0].endsWith('.duckdb')) res.setHeader('Content-Type', 'application/octet-stream');
        next();
      });
    },
    closeBundle() {
      if (!existsSync(DATA_DIR)) return;
      for (const name of readdirSync(DATA_DIR)) {
        if (/\.(csv|xlsx)$/i.test(name)) cpSync(join(DATA_DIR, name), join(outDir, 'data', name));
      }
    },
  };
}

/**
 * The built page may talk to its own origin only: the browser itself refuses
 * any other request (offices sit on closed networks; data never leaves the page).
 * Build only: the dev server injects inline scripts of its own.
 */
export function offlineCsp(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self' blob: data:",
  ].join('; ');
  return {
    name: 'offline-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}
