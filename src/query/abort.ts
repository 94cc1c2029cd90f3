/** The rejection of a question its asker gave up, as `fetch` rejects an aborted request. */
export function abortError(): DOMException {
  return new DOMException('the question was given up', 'AbortError');
}

/** Whether `e` says a question was given up (not that it failed): a caller shows nothing for it. */
export function isAbort(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}
