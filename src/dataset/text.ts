const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^a-z0-9]+/g;
const EDGE_UNDERSCORES = /^_+|_+$/g;

/**
 * Lower-case, strip diacritics, đ → d: "Đảng viên" → "dang vien".
 * Use it for diacritic-insensitive search and matching.
 */
export function foldText(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd');
}

/**
 * `foldText`, then every run of non-alphanumerics (spaces, underscores,
 * dashes, punctuation) as one underscore: "Mã đơn vị" → "ma_don_vi".
 * The key used to match headers and code aliases, and the snake_case
 * ASCII name given to extra columns.
 */
export function foldKey(s: string): string {
  return foldText(s).replace(NON_ALNUM, '_').replace(EDGE_UNDERSCORES, '');
}
