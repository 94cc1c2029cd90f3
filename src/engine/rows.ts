import type { Row } from './types';

/** Arrow table -> plain objects; BigInt and decimals are already doubles (see open options). */
export function toRows<T extends Row>(table: { toArray(): { toJSON(): unknown }[] }): T[] {
  return table.toArray().map((r) => r.toJSON() as T);
}

/** Settings every connection gets: no extension may be fetched from the network. */
export const SAFE_SETTINGS = ['SET autoload_known_extensions = false', 'SET autoinstall_known_extensions = false'];

export const OPEN_CONFIG = { query: { castBigIntToDouble: true, castDecimalToDouble: true } };
