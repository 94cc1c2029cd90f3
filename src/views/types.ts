import type { Lang } from '../dataset/types';
import type { Filters } from '../filters/filters';
import type { Period } from '../filters/period';
import type { Ctx } from '../indicators/context';

export type ViewId = 'overview' | 'composition' | 'members' | 'cells' | 'units' | 'forms';

export const VIEWS: { id: ViewId; vi: string; en: string }[] = [
  { id: 'overview', vi: 'Tổng quan', en: 'Overview' },
  { id: 'composition', vi: 'Cơ cấu kết nạp', en: 'Who was admitted' },
  { id: 'members', vi: 'Đội ngũ đảng viên', en: 'Membership' },
  { id: 'cells', vi: 'Chi bộ', en: 'Cells' },
  { id: 'units', vi: 'Đơn vị', en: 'Units' },
  { id: 'forms', vi: 'Biểu mẫu', en: 'Forms' },
];

/** What every view gets: the data, the filters, and the ways to change them. */
export interface ViewProps {
  ctx: Ctx;
  filters: Filters;
  lang: Lang;
  /** N of "cells without admission for N years" (3 unless the user sets it). */
  stagnantYears: number;
  setStagnantYears: (n: number) => void;
  /** Drill down: make this unit the current one. */
  drill: (unitId: string) => void;
  /** Cross-filter: add or remove a value of a dimension. */
  toggle: (dim: string, value: string) => void;
  setPeriod: (p: Period) => void;
}
