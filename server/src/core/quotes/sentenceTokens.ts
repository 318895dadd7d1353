// The sentences around a quote, as token ranges: where its cue is looked for.
import { attributionIn, type Attribution } from './attribution';
import { SPEECH_VERBS } from './cues';
import type { Token } from './tokens';

/** Words read on either side of a quote when looking for its cue: bounds the work in endless sentences. */
export const WINDOW = 50;

/**
 * The cue in the quote's own sentences; else in a short sentence right after it ("“…” Ana Ruiz said.");
 * else, for a quote opening its sentence, in the sentence before ("Ruiz was blunt about it: …").
 */
export function attributionNear(text: string, tokens: Token[], t: number, sentenceOf: number[]): Attribution | null {
  const [from, to] = sentenceSpan(sentenceOf, t);
  const lo = Math.max(from, t - WINDOW);
  const hi = Math.min(to, t + WINDOW);
  const own = mayAttribute(tokens, lo, hi) ? attributionIn(text, tokens.slice(lo, hi + 1), t - lo) : null;
  if (own || sentenceOf[t] < 0) return own;
  if (hi === to && hi + 1 < tokens.length && sentenceOf[hi + 1] >= 0) {
    const [, nextTo] = sentenceSpan(sentenceOf, hi + 1);
    const next = tokens.slice(hi + 1, nextTo + 1);
    if (next.length <= 16 && !next.some((token) => token.kind === 'quote')) {
      const found = attributionIn(text, next, -1, -1);
      if (found) return found;
    }
  }
  if (lo === from && from === t && from > 0 && sentenceOf[from - 1] >= 0) {
    const [previousFrom] = sentenceSpan(sentenceOf, from - 1);
    const previous = tokens.slice(Math.max(previousFrom, from - 1 - WINDOW), from);
    if (!previous.some((token) => token.kind === 'quote')) return attributionIn(text, previous, -1, previous.length);
  }
  return null;
}

/** Whether the quote's own sentences hold a cue or a dash: then the writer names its speaker there, if anywhere. */
export function cuedNear(tokens: Token[], t: number, sentenceOf: number[]): boolean {
  const [from, to] = sentenceSpan(sentenceOf, t);
  return mayAttribute(tokens, Math.max(from, t - WINDOW), Math.min(to, t + WINDOW));
}

/** Whether tokens[lo..hi] hold a cue or a dash at all: most quotes' neighbourhoods are read only once. */
function mayAttribute(tokens: Token[], lo: number, hi: number): boolean {
  for (let k = lo; k <= hi; k++) {
    const token = tokens[k];
    if (token.kind === 'word' ? SPEECH_VERBS.has(token.lower) || token.lower === 'according' : token.kind === 'punct' && '—―–-'.includes(token.text)) return true;
  }
  return false;
}

/** Token range [from, to] of the sentences holding token t (a quote may span several). */
function sentenceSpan(sentenceOf: number[], t: number): [number, number] {
  const sentence = sentenceOf[t];
  let from = t;
  let to = t;
  while (from > 0 && t - from <= WINDOW && sentenceOf[from - 1] === sentence) from--;
  while (to + 1 < sentenceOf.length && to - t <= WINDOW && sentenceOf[to + 1] === sentence) to++;
  return [from, to];
}

/**
 * For each token, the index of its sentence; -1 outside sentences. A quote that runs over several
 * sentences ("We won. Now we rest," she said) joins them, so the words after it share its sentence.
 */
export function sentenceIndexes(tokens: Token[], sentences: { start: number; end: number }[]): number[] {
  const joined = sentences.map((_, i) => i);
  const result: number[] = new Array(tokens.length).fill(-1);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < sentences.length && sentences[s].end <= tokens[i].start) s++;
    if (s >= sentences.length || sentences[s].start > tokens[i].start) continue;
    result[i] = joined[s];
    if (tokens[i].kind !== 'quote') continue;
    for (let e = s + 1; e < sentences.length && sentences[e].start < tokens[i].end; e++) joined[e] = joined[s];
  }
  return result.map((r) => (r < 0 ? r : joined[r]));
}
