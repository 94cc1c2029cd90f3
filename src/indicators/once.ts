/**
 * A question whose answer is fixed for a dataset (its targets, whether it has
 * candidates, the span of its year tables), asked once per dataset: `dataset`
 * is the dataset's identity (its unit tree), `cache` the caller's own. A
 * failed answer is forgotten, so the next caller asks again.
 */
export function oncePerDataset<V>(cache: WeakMap<object, Promise<V>>, dataset: object, ask: () => Promise<V>): Promise<V> {
  let answer = cache.get(dataset);
  if (!answer) {
    answer = ask();
    cache.set(dataset, answer);
    answer.catch(() => cache.delete(dataset));
  }
  return answer;
}
