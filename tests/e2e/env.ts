export const PORT = 5791;
export const BASE = `http://127.0.0.1:${PORT}/`;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
