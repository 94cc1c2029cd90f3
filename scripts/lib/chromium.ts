import { existsSync } from 'node:fs';

/** Where Chromium or Chrome usually sits, in the order they are tried. */
export const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
] as const;

/** What to run when no browser can be found or installed: one line, for a person. */
export const INSTALL_HINT =
  'Chromium not found: run `sudo apt-get update && sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome binary, then `npm test` again.';

/**
 * The browser the tests and the bench drive: `CHROMIUM_PATH` when set (it must
 * exist: a wrong path is a mistake to report, not to paper over), else the
 * first of {@link USUAL_PATHS} that exists, else null.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | null {
  const given = env.CHROMIUM_PATH;
  if (given) return exists(given) ? given : null;
  return USUAL_PATHS.find((p) => exists(p)) ?? null;
}

/** Headless flags for this closed network: no GPU, and none of the browser's own calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
