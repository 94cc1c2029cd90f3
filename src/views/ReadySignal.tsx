import { useEffect } from 'react';
import { pendingNow, usePending } from './use-async';

/**
 * The page's automation contract: `body[data-ready="1"]` once every panel of
 * the view shows the current filters (no view query running), and
 * `data-ready-for` the address they are shown for. Only this component
 * follows the running queries, so their coming and going re-renders nothing
 * else. Render it last: its effect then runs after the views' own effects of
 * the same commit, and a change that started queries is not ready yet even
 * though this render counted none.
 */
export function ReadySignal({ active, stateKey, url }: { active: boolean; stateKey: string; url: unknown }) {
  const pending = usePending();
  const ready = active && pending === 0;
  useEffect(() => {
    if (ready && pendingNow() === 0) {
      document.body.dataset.readyFor = window.location.search;
      document.body.dataset.ready = '1';
    } else {
      delete document.body.dataset.ready;
      delete document.body.dataset.readyFor;
    }
  }, [ready, stateKey, url]);
  return null;
}
