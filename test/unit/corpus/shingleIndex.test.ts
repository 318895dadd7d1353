// The reuse index must answer exactly what a plain scan over every article's shingles answers, through
// thousands of adds and removes that grow its table and free article numbers for reuse.
import * as assert from 'node:assert/strict';
import { ShingleIndex } from '../../../server/src/corpus/provenance';
import { randomSequence } from '../../../bench/sampling';

const MAX_HOLDERS = 50;
const PARTIALLY = 0.2;

/** A repeatable pseudo-random sequence, so a failure can be replayed. */

/** Every shingle's holders, by scanning every article. */
function holdersByShingle(articles: Map<string, Uint32Array>): Map<number, string[]> {
  const holders = new Map<number, string[]>();
  for (const [path, shingles] of articles) {
    for (const shingle of shingles) holders.set(shingle, [...(holders.get(shingle) ?? []), path]);
  }
  return holders;
}

function expectedReuse(byShingle: Map<number, string[]>, path: string, shingles: Uint32Array): string {
  const counts = new Map<string, number>();
  for (const shingle of shingles) {
    const holders = byShingle.get(shingle) ?? [];
    if (holders.length < 2 || holders.length > MAX_HOLDERS) continue;
    for (const holder of holders) if (holder !== path) counts.set(holder, (counts.get(holder) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n / shingles.length >= PARTIALLY)
    .map(([holder, n]) => `${holder}:${n / shingles.length}`)
    .sort()
    .join();
}

function expectedHolders(byShingle: Map<number, string[]>, shingles: Uint32Array): string {
  const holders = new Set<string>();
  for (const shingle of shingles) {
    const found = byShingle.get(shingle) ?? [];
    if (found.length <= MAX_HOLDERS + 1) found.forEach((holder) => holders.add(holder));
  }
  return [...holders].sort().join();
}

/** Adds and removes random articles, checking the index against a plain scan every 150 changes. */
function checkAgainstScan(distinctShingles: number, presence: (round: number) => number): void {
  const random = randomSequence(1);
  const index = new ShingleIndex();
  const articles = new Map<string, Uint32Array>();
  for (let round = 0; round < 3000; round++) {
    const path = `article-${Math.floor(random() * 300)}.txt`;
    const previous = articles.get(path);
    if (previous) {
      index.remove(path, previous);
      articles.delete(path);
    }
    if (random() < presence(round)) {
      const shingles = new Set<number>();
      const count = Math.floor(random() * 400);
      for (let i = 0; i < count; i++) shingles.add((Math.floor(random() * distinctShingles) * 357913) % (1 << 30));
      const sorted = Uint32Array.from(shingles).sort();
      index.add(path, sorted);
      articles.set(path, sorted);
    }
    if (round % 150 !== 0) continue;
    const byShingle = holdersByShingle(articles);
    for (const [checked, shingles] of [...articles].slice(0, 3)) {
      const reuse = [...index.reuseOf(checked, shingles)].map(([holder, share]) => `${holder}:${share}`).sort().join();
      assert.equal(reuse, expectedReuse(byShingle, checked, shingles), `reuse of ${checked} after ${round} changes`);
      assert.equal([...index.holdersOf(shingles)].sort().join(), expectedHolders(byShingle, shingles), `holders after ${round} changes`);
    }
  }
}

describe('corpus: reuse index', () => {
  it('agrees with a plain scan through thousands of adds and removes', () => {
    // Few distinct values, so articles share shingles and some are held past the limit.
    checkAgainstScan(1200, () => 0.7);
  });

  it('agrees with a plain scan when shingles are held by so many that their holders go unlisted and come back', () => {
    // Most articles present at first (about 180 holders per shingle), then most leave (about 20).
    checkAgainstScan(250, (round) => (round < 1500 ? 0.9 : 0.1));
  });
});
