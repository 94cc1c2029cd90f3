import type { EChartsCoreOption } from 'echarts/core';

const cache = new WeakMap<object, string>();

/**
 * What an option draws, as a string: the option's JSON with each function
 * (formatters) written as its source. Two options with the same fingerprint
 * draw the same chart, so a re-render that rebuilt an equal option need not
 * redraw it. A formatter's captured values are not seen; every builder in
 * this folder derives them from the language and the input, which the rest
 * of the option carries too (labels, the aria description).
 */
export function optionFingerprint(option: EChartsCoreOption): string {
  let key = cache.get(option);
  if (key === undefined) {
    key = JSON.stringify(option, (_k, v: unknown) => (typeof v === 'function' ? `ƒ${v.toString()}` : v));
    cache.set(option, key);
  }
  return key;
}
