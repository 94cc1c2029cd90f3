import { describe, expect, it } from 'vitest';
import { findChromium, USUAL_PATHS } from '../../scripts/lib/chromium';

describe('findChromium', () => {
  const only = (...paths: string[]) => (p: string) => paths.includes(p);

  it('takes CHROMIUM_PATH when it exists, before any usual path', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/c/chrome' }, only('/opt/c/chrome', '/usr/bin/chromium'))).toBe('/opt/c/chrome');
  });
  it('does not fall back when CHROMIUM_PATH names nothing', () => {
    expect(findChromium({ CHROMIUM_PATH: '/nope' }, only('/usr/bin/chromium'))).toBeNull();
  });
  it('else the first usual path that exists', () => {
    expect(findChromium({}, only('/usr/bin/google-chrome', '/snap/bin/chromium'))).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, only(USUAL_PATHS[0], '/usr/bin/google-chrome'))).toBe('/usr/bin/chromium');
  });
  it('null when there is none', () => {
    expect(findChromium({}, only())).toBeNull();
  });
});
