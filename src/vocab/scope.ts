/**
 * The slice every figure is computed for: a unit (with its subtree) and a
 * period, both days inclusive. The shared word of the filters, the
 * indicators, the address and the report, so it sits below all of them.
 */
export interface Scope {
  unitId: string;
  /** ISO `yyyy-mm-dd`. */
  from: string;
  to: string;
}
