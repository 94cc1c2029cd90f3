import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswerGate } from '../../../src/views/answer-gate';

describe('AnswerGate: the answers of a change are shown together', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds an answer until the last running query ends, then delivers all in order', () => {
    const gate = new AnswerGate(150);
    const shown: string[] = [];
    const a = gate.start();
    const b = gate.start();
    const c = gate.start();
    b(() => shown.push('b'));
    a(() => shown.push('a'));
    expect(shown).toEqual([]);
    c(() => shown.push('c'));
    expect(shown).toEqual(['b', 'a', 'c']);
  });

  it('a query given up no longer holds the others back, and its late answer is ignored', () => {
    const gate = new AnswerGate(150);
    const shown: string[] = [];
    const a = gate.start();
    const b = gate.start();
    a(() => shown.push('a'));
    b(null);
    expect(shown).toEqual(['a']);
    b(() => shown.push('late b'));
    a(() => shown.push('a twice'));
    expect(shown).toEqual(['a']);
  });

  it('a slow query holds the ready answers at most holdMs, then they are shown without it', () => {
    const gate = new AnswerGate(150);
    const shown: string[] = [];
    const a = gate.start();
    const slow = gate.start();
    a(() => shown.push('a'));
    vi.advanceTimersByTime(149);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['a']);
    const c = gate.start();
    c(() => shown.push('c'));
    vi.advanceTimersByTime(150);
    expect(shown).toEqual(['a', 'c']);
    slow(() => shown.push('slow'));
    expect(shown).toEqual(['a', 'c', 'slow']);
  });

  it('an answer with nothing else running is shown at once', () => {
    const gate = new AnswerGate(150);
    const shown: string[] = [];
    gate.start()(() => shown.push('only'));
    expect(shown).toEqual(['only']);
  });
});
