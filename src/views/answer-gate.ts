/**
 * Hands the answers of a filter change to their panels together. An answer
 * that arrives while other queries of the page are still running waits for
 * them, at most `holdMs` (a slow query on a large dataset does not keep the
 * panels already answered blank), and the answers then waiting are delivered
 * in one task, which React renders as one update. A change thus renders, lays
 * out and paints the page once instead of once per panel: the engine's
 * worker and the page share the machine's cores, and every intermediate
 * frame slows the queries still running.
 */
export class AnswerGate {
  private running = 0;
  private held: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly holdMs = 150) {}

  /**
   * A query starts; call what this returns once when it ends, with how to
   * show its answer, or with null when it was given up (its panel moved on).
   * Later calls are ignored.
   */
  start(): (deliver: (() => void) | null) => void {
    this.running++;
    let ended = false;
    return (deliver) => {
      if (ended) return;
      ended = true;
      this.running--;
      if (deliver) this.held.push(deliver);
      if (this.running === 0) this.release();
      else if (this.held.length && this.timer === null) this.timer = setTimeout(() => this.release(), this.holdMs);
    };
  }

  private release() {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const held = this.held;
    this.held = [];
    for (const deliver of held) deliver();
  }
}
