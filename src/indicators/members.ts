import type { Engine } from '../engine/types';
import { inSubtree } from './subtree';
import type { IndicatorDef, Scope } from './types';

/** Đảng viên tại ngày D: admitted on or before D and not left by D, counted at their unit. */
export const members: IndicatorDef = {
  id: 'members',
  label: { vi: 'Đảng viên cuối kỳ', en: 'Members at period end' },
  definition: {
    vi: 'Số đảng viên có ngày vào Đảng không muộn hơn ngày cuối kỳ và chưa ra khỏi Đảng tại ngày đó.',
    en: 'Members admitted on or before the last day of the period and not left by then.',
  },
  format: 'count',
};

/** Predicate for "a member at date ?" on alias `m`; binds the date twice. */
export const MEMBER_AT = `m.admitted_on <= ?::DATE AND (m.left_on IS NULL OR m.left_on > ?::DATE)`;

export const MEMBERS_SQL = `SELECT count(*)::INTEGER AS n FROM members m WHERE ${inSubtree('m')} AND ${MEMBER_AT}`;

export async function countMembersAt(engine: Engine, unitId: string, date: string): Promise<number> {
  const [row] = await engine.query<{ n: number }>(MEMBERS_SQL, [unitId, date, date]);
  return row.n;
}

export function countMembers(engine: Engine, scope: Scope): Promise<number> {
  return countMembersAt(engine, scope.unitId, scope.to);
}
