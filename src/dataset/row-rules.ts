import type { TableName } from './types';

/** A rule between two columns of the same row, checked on normalised values. */
export type RowRule =
  /** `column` must not be before / less than `other` (rule 'order'). */
  | { kind: 'order'; column: string; other: string }
  /** `column` may only be filled in when `other` is (rule 'requires'). */
  | { kind: 'requires'; column: string; other: string };

/** The consistency rules of each table (dataset-format.md). */
export const ROW_RULES: Record<TableName, RowRule[]> = {
  units: [{ kind: 'order', column: 'active_to', other: 'active_from' }],
  members: [
    { kind: 'order', column: 'official_on', other: 'admitted_on' },
    { kind: 'order', column: 'left_on', other: 'admitted_on' },
    { kind: 'requires', column: 'left_reason', other: 'left_on' },
  ],
  admissions: [],
  targets: [
    { kind: 'order', column: 'to_year', other: 'from_year' },
    { kind: 'order', column: 'target_max', other: 'target' },
  ],
  candidates: [{ kind: 'requires', column: 'drop_reason', other: 'dropped_on' }],
};
