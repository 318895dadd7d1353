// Re-anchors an annotation in the current text of its article. The quoted words must still be there
// exactly; prefix, suffix and the old position only choose between several occurrences. When they
// cannot choose, or the words are gone, the annotation is reported orphaned: never guessed onto other text.

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface AnchorTarget {
  quote: QuoteSelector | null;
  position: { start: number; end: number } | null;
}

export type Anchor = { status: 'anchored'; start: number; end: number } | { status: 'orphaned' };

/** Short quotes ("the", "42") recur by chance; without matching context they prove nothing. */
const SHORT_QUOTE = 32;
/** For a short quote, at least half its context (up to this many characters) must still match. */
const CONTEXT_EVIDENCE = 16;
/** Enough occurrences to choose among; a quote found more often than this is not anchored by it. */
const MAX_CANDIDATES = 10_000;
/**
 * Characters of the quote compared while finding its occurrences, at most: a long quote that recurs
 * overlapping itself ("aaaa…" in "aaaa…") costs its length at every occurrence. Beyond this it has too
 * many occurrences to choose among, like a short quote found more than MAX_CANDIDATES times.
 */
const SEARCH_BUDGET = 20_000_000;
/**
 * Context beyond this many characters on each side tells occurrences apart no better (Hypothesis keeps
 * 32), and comparing all of a long one at every occurrence would make one annotation cost minutes.
 */
const CONTEXT_USED = 64;

export function anchorIn(text: string, target: AnchorTarget): Anchor {
  const { quote, position } = target;
  if (!quote) {
    return position && position.start >= 0 && position.start <= position.end && position.end <= text.length
      ? { status: 'anchored', start: position.start, end: position.end }
      : { status: 'orphaned' };
  }
  if (quote.exact === '') return { status: 'orphaned' };
  const context = { exact: quote.exact, prefix: quote.prefix.slice(-CONTEXT_USED), suffix: quote.suffix.slice(0, CONTEXT_USED) };
  const limit = candidateLimit(quote.exact);
  const found = occurrences(text, quote.exact, limit);
  // Too many places to tell apart: scoring each would cost time and still pick one by chance.
  if (found.length === 0 || found.length > limit) return { status: 'orphaned' };
  const scored = found.map((start) => ({ start, context: contextScore(text, start, context) }));
  const distance = (start: number) => (position ? Math.abs(start - position.start) : 0);
  scored.sort((a, b) => b.context - a.context || distance(a.start) - distance(b.start));
  const [best, runnerUp] = scored;
  const evidence = Math.min(CONTEXT_EVIDENCE, Math.ceil((context.prefix.length + context.suffix.length) / 2));
  if (best.context < evidence && quote.exact.length < SHORT_QUOTE && !(position && best.start === position.start)) {
    return { status: 'orphaned' };
  }
  if (runnerUp && runnerUp.context === best.context && distance(runnerUp.start) === distance(best.start)) return { status: 'orphaned' };
  return { status: 'anchored', start: best.start, end: best.start + quote.exact.length };
}

function candidateLimit(exact: string): number {
  return Math.max(1, Math.min(MAX_CANDIDATES, Math.floor(SEARCH_BUDGET / exact.length)));
}

/** Where `exact` occurs, up to one more than `limit`. */
function occurrences(text: string, exact: string, limit: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at >= 0 && found.length <= limit; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/** How many characters of the prefix and suffix still sit right next to the occurrence. */
function contextScore(text: string, start: number, quote: QuoteSelector): number {
  let score = 0;
  for (let i = 1; i <= quote.prefix.length && start - i >= 0; i++, score++) {
    if (text[start - i] !== quote.prefix[quote.prefix.length - i]) break;
  }
  const end = start + quote.exact.length;
  for (let i = 0; i < quote.suffix.length && end + i < text.length; i++, score++) {
    if (text[end + i] !== quote.suffix[i]) break;
  }
  return score;
}
