// Judged quote matches: the same utterance in two articles, by compatible speakers, classified as
// agreeing, a variant or a conflict (conflicts only within a story).
import { IndexedArticle, mentionsIn, sentenceAt } from './articleIndex';
import { foldName, type FoldedWord } from './fold';
import { location, MatchContext, MatchEdge } from './matchEdge';
import type { QuotePair } from './pairs';
import { compareOneSpeaker, describeDifferences, QuoteComparison } from './quotes';

/** The speaker of a quote as something comparable across articles, or null when unknown. */
function speakerOf(ctx: MatchContext, a: IndexedArticle, quote: number): string | null {
  const q = a.facts.quotes[quote]!;
  if (q.speakerEntity !== null) {
    const id = ctx.clusterIdOf(a.path, q.speakerEntity);
    if (id) return id;
  }
  return q.speakerText ? `text:${foldName(q.speakerText)}` : null;
}

/** Clusters of the names in the sentence holding a quote. */
function namesAround(ctx: MatchContext, a: IndexedArticle, quote: number): Set<string> {
  const q = a.facts.quotes[quote]!;
  const sentence = sentenceAt(a.facts, q.start) ?? q;
  const ids = new Set<string>();
  for (const m of mentionsIn(a.mentions, sentence.start, sentence.end)) {
    const id = ctx.clusterIdOf(a.path, m.entity);
    if (id) ids.add(id);
  }
  return ids;
}

/**
 * Speakers match when they are the same, or one is unknown. A speaker known only by a description
 * ("the night shift") also matches a named speaker who is named in the quote's own sentence, since
 * a description next to a name is often what the quote is about rather than who said it.
 */
function speakersCompatible(
  ctx: MatchContext,
  a: IndexedArticle,
  qa: number,
  speakerA: string | null,
  b: IndexedArticle,
  qb: number,
  speakerB: string | null,
): boolean {
  if (!speakerA || !speakerB || speakerA === speakerB) return true;
  if (speakerA.startsWith('text:') && !speakerB.startsWith('text:')) return namesAround(ctx, a, qa).has(speakerB);
  if (speakerB.startsWith('text:') && !speakerA.startsWith('text:')) return namesAround(ctx, b, qb).has(speakerA);
  return false;
}

function quoteNote(c: QuoteComparison): string {
  if (c.status === 'conflict') return `worded differently: ${describeDifferences(c.differences)}`;
  if (c.status === 'agrees') return 'same wording';
  const details: string[] = [];
  if (c.reasons.includes('fragment')) details.push('one quotes a fragment of the other');
  const minor = c.reasons.filter((r) => r !== 'fragment').map((r) => (r === 'contraction' || r === 'article' ? `${r}s` : r));
  if (minor.length > 0) details.push(`differing only in ${minor.join(', ')}`);
  return `same words, ${details.join(', ')}`;
}

export function quoteEdges(ctx: MatchContext, a: IndexedArticle): MatchEdge[] {
  const edges: MatchEdge[] = [];
  const story = ctx.storyOf(a.path);
  let myQuotes: SpokenQuote[] | undefined;
  for (const [path, links] of ctx.links(a.path)) {
    const b = ctx.article(path);
    if (!b) continue;
    const sameStory = story === ctx.storyOf(b.path);
    for (const pair of links.quotes) {
      const qa = a.quotes[pair.quote]!;
      const qb = b.quotes[pair.otherQuote]!;
      const speakerA = speakerOf(ctx, a, qa.index);
      const speakerB = speakerOf(ctx, b, qb.index);
      // The same words from two different speakers are two utterances, not one quoted twice.
      if (!speakersCompatible(ctx, a, qa.index, speakerA, b, qb.index, speakerB)) continue;
      const c = pair.comparison;
      if (c.status === 'conflict' && !sameStory) continue;
      edges.push(quoteEdge(a, qa.index, speakerA, b, qb.index, speakerB, c));
    }
    if (sameStory) edges.push(...oneSpeakerEdges(ctx, a, (myQuotes ??= spokenQuotes(ctx, a)), b, links.quotes));
  }
  return edges;
}

function quoteEdge(a: IndexedArticle, qa: number, speakerA: string | null, b: IndexedArticle, qb: number, speakerB: string | null, c: QuoteComparison): MatchEdge {
  const fa = a.facts.quotes[qa]!;
  const fb = b.facts.quotes[qb]!;
  return {
    kind: 'quote',
    status: c.status,
    mine: location(a, fa.start, fa.end, { speaker: speakerA }),
    theirs: location(b, fb.start, fb.end, { speaker: speakerB }),
    note: quoteNote(c),
    mineWindow: c.windowA,
    theirsWindow: c.windowB,
  };
}

/** A quote with its named speaker and its words; null for a quote whose speaker is not named. */
type SpokenQuote = { speaker: string; words: FoldedWord[] } | null;

/** An article's quotes as SpokenQuotes, worked out once however many articles of its story it is compared with. */
function spokenQuotes(ctx: MatchContext, x: IndexedArticle): SpokenQuote[] {
  return x.quotes.map((q) => {
    const speaker = namedSpeakerOf(ctx, x, q.index);
    return speaker ? { speaker, words: q.words() } : null;
  });
}

function namedSpeakerOf(ctx: MatchContext, x: IndexedArticle, quote: number): string | null {
  const speaker = speakerOf(ctx, x, quote);
  return speaker && !speaker.startsWith('text:') ? speaker : null;
}

/**
 * Quotes of one named speaker in two articles of a story that share too few words in a row to be
 * linked by their wording ("a very sad day", "It's a sad day all the way around"). Quotes already
 * linked between the two articles are left out; each other quote is paired with its closest match.
 */
function oneSpeakerEdges(ctx: MatchContext, a: IndexedArticle, mine: SpokenQuote[], b: IndexedArticle, linked: readonly QuotePair[]): MatchEdge[] {
  const taken = new Set(linked.map((p) => p.quote));
  const takenTheirs = new Set(linked.map((p) => p.otherQuote));
  const theirs = b.quotes.flatMap((q, j) => {
    const speaker = takenTheirs.has(j) ? null : namedSpeakerOf(ctx, b, q.index);
    return speaker ? [{ q, speaker, words: q.words() }] : [];
  });
  const edges: MatchEdge[] = [];
  if (theirs.length === 0) return edges;
  a.quotes.forEach((qa, i) => {
    const spoken = taken.has(i) ? null : mine[i];
    if (!spoken) return;
    const { speaker, words } = spoken;
    let best: { qb: number; c: QuoteComparison } | null = null;
    for (const { q, speaker: other, words: otherWords } of theirs) {
      if (other !== speaker) continue;
      const c = compareOneSpeaker(a.text, words, b.text, otherWords);
      if (c && (!best || c.matchedWords > best.c.matchedWords)) best = { qb: q.index, c };
    }
    if (best) edges.push(quoteEdge(a, qa.index, speaker, b, best.qb, speaker, best.c));
  });
  return edges;
}
