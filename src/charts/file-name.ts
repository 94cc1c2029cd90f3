/**
 * A safe ASCII file name from a chart title: Vietnamese tone marks folded
 * (`Kết nạp đảng viên` -> `ket-nap-dang-vien.png`), anything else to `-`,
 * at most 80 characters before the extension, `bieu-do` when nothing is left.
 */
export function chartFileName(title: string, ext = 'png'): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  return `${base || 'bieu-do'}.${ext}`;
}
