import { format } from 'echarts/core';

/**
 * Escapes `& < > " '` for HTML. Every label that a tooltip formatter puts into
 * its HTML goes through here: unit names come from user files.
 */
export function escapeHtml(s: unknown): string {
  return format.encodeHTML(s == null ? '' : String(s));
}
