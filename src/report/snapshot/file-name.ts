/** A short stable hash, so two ids that differ only in dropped characters still get two files. */
function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** A unit id as a file-name part: ASCII letters, digits, `.`, `_`, `-` only (diacritics dropped, "Đ" -> "D"). */
export function safeId(id: string): string {
  const ascii = id
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[.-]+/, '_')
    .slice(0, 60);
  return ascii === id && ascii !== '' ? ascii : `${ascii}-${hash(id)}`;
}

/** `baocao_<unit>_<from>_<to>.html`: what the page's export downloads. */
export function snapshotFileName(unitId: string, from: string, to: string): string {
  return `baocao_${safeId(unitId)}_${from}_${to}.html`;
}
