// Whether two quotes are the same utterance, and how their wordings differ: aligned word by word
// (longest common subsequence of folded words), then the differences are read off the alignment.
import { FoldedWord, foldAccents, normaliseQuoting } from './fold';
import { isFunctionWord, onlyArticles, onlyLinkWords, sameCompound, spellingKey } from './wordingVariants';

export type QuoteStatus = 'agrees' | 'variant' | 'conflict';
export type VariantReason = 'fragment' | 'case' | 'punctuation' | 'contraction' | 'spelling' | 'article';

export interface WordingDifference {
  /** Words of the first quote, as written ('' when the first quote has none there). */
  a: string;
  b: string;
  /** Where `a` and `b` sit in their articles (an empty span when the side has no words there). */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

export interface QuoteComparison {
  status: QuoteStatus;
  reasons: VariantReason[];
  /** The part of each quote that corresponds to the other (a fragment's extra words excluded). */
  windowA: { start: number; end: number };
  windowB: { start: number; end: number };
  differences: WordingDifference[];
  matchedWords: number;
}

/** Shared by every comparison without reasons or differences; nothing adds to them. */
const NO_REASONS: VariantReason[] = [];
const NO_DIFFERENCES: WordingDifference[] = [];

/** Longest quotes compared in full; longer ones are compared on their first words only. */
const MAX_WORDS = 400;
const MIN_SHARED_RUN = 3;
/**
 * Fewer than MIN_SHARED_RUN words matched at either end of an alignment, more words than this away
 * from the rest, are a coincidence ("So the" opening two different sentences of one answer), not
 * where the quotes meet.
 */
const MAX_STRAY_GAP = 3;

/** Word 3-grams of a quote, the keys under which quotes are indexed to find candidates. */
export function quoteShingles(words: FoldedWord[]): string[] {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) grams.add(`${words[i]!.word} ${words[i + 1]!.word} ${words[i + 2]!.word}`);
  return [...grams];
}

/** Pairs (i, j) of aligned equal words, in order. */
function align(a: string[], b: string[]): [number, number][] {
  const m = Math.min(a.length, MAX_WORDS);
  const n = Math.min(b.length, MAX_WORDS);
  const width = n + 1;
  const table = new Uint16Array((m + 1) * width);
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    if (a[i] === b[j]) {
      pairs.push([i++, j++]);
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * Drops the few matched words at either end that sit far from the rest of the alignment, then lets
 * the rest take in equal neighbours those words had claimed ("the" of "So the crew" taken for the
 * "the" of "the captain").
 */
function withoutStrayEnds(pairs: [number, number][], a: string[], b: string[]): [number, number][] {
  const far = (k: number) => pairs[k + 1]![0] - pairs[k]![0] - 1 > MAX_STRAY_GAP || pairs[k + 1]![1] - pairs[k]![1] - 1 > MAX_STRAY_GAP;
  let from = 0;
  let to = pairs.length;
  for (let k = 0; k < Math.min(MIN_SHARED_RUN - 1, pairs.length - 1); k++) if (far(k)) from = k + 1;
  for (let k = pairs.length - 2; k >= Math.max(from, pairs.length - MIN_SHARED_RUN); k--) if (far(k)) to = k + 1;
  if (from === 0 && to === pairs.length) return pairs;
  const kept = pairs.slice(from, to);
  for (let [i, j] = kept[0]!; i > 0 && j > 0 && a[i - 1] === b[j - 1]; i--, j--) kept.unshift([i - 1, j - 1]);
  for (let [i, j] = kept[kept.length - 1]!; i + 1 < a.length && j + 1 < b.length && a[i + 1] === b[j + 1]; i++, j++) kept.push([i + 1, j + 1]);
  return kept;
}

/**
 * Moves a matched word to the far side of a gap that ends with the same word ("this discovery. This
 * is" against "This is"), so that the gap opens the quote instead of splitting it.
 */
function gapsToEdges(pairs: [number, number][], a: string[], b: string[]): [number, number][] {
  for (let k = pairs.length - 2; k >= 0; k--) {
    const [i, j] = pairs[k]!;
    const [i2, j2] = pairs[k + 1]!;
    if (i2 === i + 1 && j2 > j + 1 && b[j2 - 1] === b[j]) pairs[k] = [i, j2 - 1];
    else if (j2 === j + 1 && i2 > i + 1 && a[i2 - 1] === a[i]) pairs[k] = [i2 - 1, j];
  }
  return pairs;
}

/**
 * The spelling keys of a quote's words, kept while its words are: one quote is compared with each of
 * its candidates, and a key takes nine rewrites of the word.
 */
const keysOfWords = new WeakMap<FoldedWord[], string[]>();

function spellingKeysOf(words: FoldedWord[]): string[] {
  let keys = keysOfWords.get(words);
  if (!keys) keysOfWords.set(words, (keys = words.map((w) => spellingKey(w.word))));
  return keys;
}

/** Aligned pairs of two quotes' words, spellings brought together and stray matches left out. */
function alignQuotes(a: FoldedWord[], b: FoldedWord[]): { pairs: [number, number][]; keysA: string[]; keysB: string[] } {
  const keysA = spellingKeysOf(a);
  const keysB = spellingKeysOf(b);
  return { pairs: withoutStrayEnds(gapsToEdges(align(keysA, keysB), keysA, keysB), keysA, keysB), keysA, keysB };
}

function longestRun(pairs: [number, number][]): number {
  let best = 0;
  let run = 0;
  for (let k = 0; k < pairs.length; k++) {
    const prev = pairs[k - 1];
    run = prev && prev[0] + 1 === pairs[k]![0] && prev[1] + 1 === pairs[k]![1] ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/** Compares two quotes; null when they are not the same utterance. */
export function compareQuotes(textA: string, a: FoldedWord[], textB: string, b: FoldedWord[]): QuoteComparison | null {
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_SHARED_RUN) return null;
  const { pairs } = alignQuotes(a, b);
  if (pairs.length < Math.max(MIN_SHARED_RUN, Math.ceil(shorter / 2)) || longestRun(pairs) < MIN_SHARED_RUN) return null;
  return judge(textA, a, textB, b, pairs);
}

/**
 * Compares two quotes that one speaker is reported to have said, which share too few words in a row to
 * be found the usual way ("a very sad day" and "It's a sad day all the way around"): the same
 * utterance when every word carrying meaning in the shorter one is matched, in order, and two of them
 * stand together in both. Null otherwise, so that two different sentences of one speaker stay apart.
 */
export function compareOneSpeaker(textA: string, a: FoldedWord[], textB: string, b: FoldedWord[]): QuoteComparison | null {
  const { pairs, keysA, keysB } = alignQuotes(a, b);
  const meaningful = (keys: string[]) => keys.filter((k) => !isFunctionWord(k)).length;
  const matched = pairs.filter(([i]) => !isFunctionWord(keysA[i]!));
  if (matched.length < 2 || matched.length < Math.min(meaningful(keysA), meaningful(keysB))) return null;
  const together = matched.some(([i, j], k) => k > 0 && matched[k - 1]![0] === i - 1 && matched[k - 1]![1] === j - 1);
  return together ? judge(textA, a, textB, b, pairs) : null;
}

/** Reads the differences of two aligned quotes: a conflict, a variant (and why) or agreement. */
function judge(textA: string, a: FoldedWord[], textB: string, b: FoldedWord[], pairs: [number, number][]): QuoteComparison {
  const differences: WordingDifference[] = [];
  const reasons = new Set<VariantReason>();
  const wordsOf = (words: FoldedWord[], from: number, to: number) => words.slice(from, to).map((w) => w.word);
  const difference = (a0: number, a1: number, b0: number, b1: number) => {
    const wa = wordsOf(a, a0, a1);
    const wb = wordsOf(b, b0, b1);
    const minor: VariantReason | null = sameCompound(wa, wb) ? 'spelling' : onlyArticles(wa) && onlyArticles(wb) ? 'article' : null;
    if (minor) {
      reasons.add(minor);
      return;
    }
    const aStart = a0 < a1 ? a[a0]!.start : a0 < a.length ? a[a0]!.start : a[a.length - 1]!.end;
    const aEnd = a0 < a1 ? a[a1 - 1]!.end : aStart;
    const bStart = b0 < b1 ? b[b0]!.start : b0 < b.length ? b[b0]!.start : b[b.length - 1]!.end;
    const bEnd = b0 < b1 ? b[b1 - 1]!.end : bStart;
    differences.push({ a: textA.slice(aStart, aEnd), b: textB.slice(bStart, bEnd), aStart, aEnd, bStart, bEnd });
  };

  const [firstA, firstB] = pairs[0]!;
  const [lastA, lastB] = pairs[pairs.length - 1]!;
  let fragment = false;
  // Extra words on one side only, before or after the shared part, make a fragment; on both sides, a
  // rewording, unless one side adds only a connective or an article ("So he was at risk").
  // Whole sentences on either side of the shared one are other sentences quoted alongside it.
  const leadingBoth =
    firstA > 0 && firstB > 0 && !onlyLinkWords(wordsOf(a, sentenceOpening(textA, a, firstA), firstA)) && !onlyLinkWords(wordsOf(b, sentenceOpening(textB, b, firstB), firstB));
  const trailingBoth =
    lastA < a.length - 1 &&
    lastB < b.length - 1 &&
    !onlyLinkWords(wordsOf(a, lastA + 1, sentenceClosing(textA, a, lastA))) &&
    !onlyLinkWords(wordsOf(b, lastB + 1, sentenceClosing(textB, b, lastB)));
  if (leadingBoth) difference(0, firstA, 0, firstB);
  else if (firstA > 0 || firstB > 0) fragment = true;
  for (let k = 1; k < pairs.length; k++) {
    const [pa, pb] = pairs[k - 1]!;
    const [ca, cb] = pairs[k]!;
    if (ca > pa + 1 || cb > pb + 1) difference(pa + 1, ca, pb + 1, cb);
  }
  if (trailingBoth) difference(lastA + 1, a.length, lastB + 1, b.length);
  else if (lastA < a.length - 1 || lastB < b.length - 1) fragment = true;

  const windowA = { start: a[leadingBoth ? 0 : firstA]!.start, end: a[trailingBoth ? a.length - 1 : lastA]!.end };
  const windowB = { start: b[leadingBoth ? 0 : firstB]!.start, end: b[trailingBoth ? b.length - 1 : lastB]!.end };
  // Fields written out, not spread: a collection keeps every comparison, and V8 stores spread fields
  // in an extra array.
  if (differences.length > 0) return { status: 'conflict', reasons: NO_REASONS, windowA, windowB, differences, matchedWords: pairs.length };

  if (fragment) reasons.add('fragment');
  for (let k = 0; k < pairs.length; k++) {
    const wa = a[pairs[k]![0]]!;
    const wb = b[pairs[k]![1]]!;
    if (wa.contracted !== wb.contracted) reasons.add('contraction');
    else if (wa.word !== wb.word) reasons.add('spelling');
    else if (!wa.contracted) {
      const sa = textA.slice(wa.start, wa.end);
      const sb = textB.slice(wb.start, wb.end);
      if (sa !== sb && normaliseQuoting(sa) !== normaliseQuoting(sb) && foldAccents(sa) === foldAccents(sb)) reasons.add('case');
    }
    const next = pairs[k + 1];
    // Between neighbours only: skipped words (an article, a compound's halves) are reasons of their own.
    if (next && next[0] === pairs[k]![0] + 1 && next[1] === pairs[k]![1] + 1 && !wa.contracted && !wb.contracted) {
      const gapA = normaliseGap(textA.slice(wa.end, a[next[0]]!.start));
      const gapB = normaliseGap(textB.slice(wb.end, b[next[1]]!.start));
      if (gapA !== gapB) reasons.add('punctuation');
    }
  }
  const order: VariantReason[] = ['fragment', 'contraction', 'spelling', 'case', 'article', 'punctuation'];
  const list = order.filter((r) => reasons.has(r));
  return { status: list.length > 0 ? 'variant' : 'agrees', reasons: list.length > 0 ? list : NO_REASONS, windowA, windowB, differences: NO_DIFFERENCES, matchedWords: pairs.length };
}

/** Index of the first word of the sentence holding words[at]. */
function sentenceOpening(text: string, words: FoldedWord[], at: number): number {
  let k = at;
  while (k > 0 && !/[.!?]/.test(text.slice(words[k - 1]!.end, words[k]!.start))) k--;
  return k;
}

/** Index after the last word of the sentence holding words[at]. */
function sentenceClosing(text: string, words: FoldedWord[], at: number): number {
  let k = at;
  while (k + 1 < words.length && !/[.!?]/.test(text.slice(words[k]!.end, words[k + 1]!.start))) k++;
  return k + 1;
}

function normaliseGap(gap: string): string {
  return gap.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ');
}

/** One line for people: `“reported” vs “snitched on”`. */
export function describeDifferences(differences: WordingDifference[]): string {
  return differences
    .slice(0, 3)
    .map((d) => `“${d.a || '…'}” vs “${d.b || '…'}”`)
    .join('; ');
}
