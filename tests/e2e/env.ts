import { findChromium } from '../../scripts/lib/chromium';

/** E2E_PORT lets two checkouts run their browser tests at once. */
export const PORT = Number(process.env.E2E_PORT ?? 5791);
export const BASE = `http://127.0.0.1:${PORT}/`;
/** Found by `npm test`'s first step (scripts/ensure-chromium.ts), which installs it when it may. */
export const CHROMIUM = findChromium();
