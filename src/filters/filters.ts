import type { Clause } from '../vocab/clauses';
import type { Scope } from '../vocab/scope';

export { clausesFromParam, clausesToParam, setClause, toggleClause, withoutClause, type Clause } from '../vocab/clauses';

/** Every filter of the page, as data: the scope and the cross-filter clauses. */
export interface Filters extends Scope {
  clauses: Clause[];
}
