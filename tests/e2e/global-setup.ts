import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { INSTALL_HINT } from '../../scripts/lib/chromium';
import { prepareDataset } from '../../scripts/lib/prepare';
import { BASE, CHROMIUM, PORT } from './env';

let server: ChildProcess | undefined;

export const XSS = '<img src=x onerror=alert(1)>';

/** Serves the built app (`dist/`, built by `npm test` first) with the fixtures under `e2e-data/`. */
export async function setup() {
  if (!CHROMIUM) throw new Error(INSTALL_HINT);
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  mkdirSync('dist/e2e-data', { recursive: true });
  cpSync('tests/fixtures/tiny', 'dist/e2e-data/tiny', { recursive: true });
  // the tiny dataset with markup in every unit name: it must show as text and run nothing
  cpSync('tests/fixtures/tiny', 'dist/e2e-data/xss', { recursive: true });
  const units = readFileSync('tests/fixtures/tiny/units.csv', 'utf8')
    .split('\n')
    .map((line, i) => {
      if (i === 0 || !line) return line;
      const cells = line.split(',');
      cells[2] = `"${XSS} ${cells[2]}"`;
      return cells.join(',');
    })
    .join('\n');
  writeFileSync('dist/e2e-data/xss/units.csv', units);
  // the golden set prepared as a country is: a summary and one file per top-level unit
  await prepareDataset('tests/fixtures/golden', 'dist/e2e-data/golden-split', 'vi', 'always');
  server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'pipe' });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${BASE}`);
}

export async function teardown() {
  server?.kill();
}
