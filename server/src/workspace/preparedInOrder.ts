// Prepares many items concurrently (reading and analysing files on worker threads) while applying the
// results strictly in the items' order, so a collection indexed in parallel ends up exactly as one
// indexed file by file. At most `ahead` items are prepared beyond the one being applied.
export async function preparedInOrder<T, P>(
  items: readonly T[],
  ahead: number,
  prepare: (item: T) => Promise<P>,
  apply: (item: T, prepared: P, index: number) => void | Promise<void>,
): Promise<void> {
  const started: Promise<P>[] = [];
  const start = (i: number) => {
    if (i >= items.length) return;
    started[i] = prepare(items[i]!);
    // A failure is raised when its turn comes, not as an unhandled rejection while earlier items wait.
    started[i]!.catch(() => undefined);
  };
  for (let i = 0; i < Math.max(1, ahead); i++) start(i);
  for (let i = 0; i < items.length; i++) {
    const prepared = await started[i]!;
    // Dropped once used: a 10,000-article collection must not keep every analysis twice.
    delete started[i];
    start(i + Math.max(1, ahead));
    await apply(items[i]!, prepared, i);
  }
}
