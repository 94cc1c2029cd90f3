/**
 * First step of `npm test`: finds the Chromium the browser tests drive, or, on
 * Debian/Ubuntu with the right to install packages (root, or sudo without a
 * password), installs the operating system's package; otherwise stops with
 * one line saying what to run. `CHROMIUM_NO_INSTALL=1` never installs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './lib/chromium';

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The command prefix that may install packages here, or null when none may. */
function installer(): string[] | null {
  if (!existsSync('/usr/bin/apt-get') || process.env.CHROMIUM_NO_INSTALL) return null;
  if (process.getuid?.() === 0) return [];
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0 ? ['sudo', '-n'] : null;
}

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) stop(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist: point it at a Chromium or Chrome binary, or unset it.`);
const prefix = installer();
if (!prefix) stop(INSTALL_HINT);

const run = (args: string[]) => {
  const [cmd, ...rest] = [...prefix, ...args];
  execFileSync(cmd, rest, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
};
console.log("Chromium not found: installing the system's package (apt-get install chromium), once…");
try {
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'chromium']);
} catch {
  stop(`apt-get could not install chromium. ${INSTALL_HINT}`);
}
const installed = findChromium();
if (!installed) stop(INSTALL_HINT);
console.log(`Chromium: ${installed}`);
