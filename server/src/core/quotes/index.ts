// Quotes in an article: where each quoted passage is, what kind it is, and who said it.
import type { EntityMention, Layout, QuoteMention, Region, RegionKind } from '../types';
import { isLetterCode, isLowerCode } from '../text/chars';
import { type QuotedPassage, quotedPassages } from './marks';
import { NO_QUOTES, type ParagraphQuotes, quotesOfParagraph } from './paragraph';

/** Regions whose quotation marks are not the article's quotes (headlines, captions, boilerplate). */
const NOT_PROSE: ReadonlySet<RegionKind> = new Set(['front-matter', 'heading', 'byline', 'dateline', 'caption', 'boilerplate']);

export function findQuotes(text: string, layout: Layout, entities: EntityMention[]): QuoteMention[] {
  const notProse = layout.regions.filter((r) => NOT_PROSE.has(r.kind));
  const links = layout.regions.filter((r) => r.kind === 'link-url');
  const mentions = entities.filter((e) => e.type !== 'place').sort((a, b) => a.start - b.start);
  const sentencesOf = layout.paragraphs.map((): Layout['sentences'] => []);
  for (const sentence of layout.sentences) sentencesOf[sentence.paragraph]?.push(sentence);
  const all: QuoteMention[] = [];
  let previous: ParagraphQuotes = NO_QUOTES;
  let m = 0;
  let r = 0;
  let l = 0;
  const passagesOf = layout.paragraphs.map((paragraph, index) => {
    while (r < notProse.length && notProse[r].end <= paragraph.start) r++;
    while (l < links.length && links[l].end <= paragraph.start) l++;
    const passages: QuotedPassage[] = [];
    const pieces = proseOf(paragraph.start, paragraph.end, notProse, r);
    const next = readOnInto(text, layout.paragraphs, index);
    pieces.forEach((piece, p) => {
      const nextOpening = next && p === pieces.length - 1 && piece.end === paragraph.end ? text[next.start] : '';
      for (const passage of quotedPassages(text, piece.start, piece.end, links, l, nextOpening)) passages.push(passage);
    });
    return passages;
  });
  // Paragraphs after the last quoted passage hold no quote and lend their speakers to none: not read.
  let lastQuoted = passagesOf.length - 1;
  while (lastQuoted >= 0 && passagesOf[lastQuoted].length === 0) lastQuoted--;
  if (lastQuoted < 0) return all;
  const commonWords = lowerCaseWords(text);
  layout.paragraphs.slice(0, lastQuoted + 1).forEach((paragraph, index) => {
    const passages = passagesOf[index];
    const paragraphMentions: EntityMention[] = [];
    while (m < mentions.length && mentions[m].start < paragraph.end) {
      if (mentions[m].start >= paragraph.start) paragraphMentions.push(mentions[m]);
      m++;
    }
    const current = quotesOfParagraph(text, paragraph, sentencesOf[index], passages, outsideQuotes(paragraphMentions, passages), previous, commonWords);
    for (const quote of current.quotes) all.push(quote);
    // A caption or a pulled quote set between the paragraphs of a running quote does not end it.
    if (!(previous.runsOn && passages.length === 0 && !endsSentence(text, paragraph.end))) previous = current;
  });
  return all;
}

/** Whether a paragraph ends as sentences do: captions and credits often stop without a full stop. */
function endsSentence(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && /[\s"'\u2019\u201d]/.test(text[i - 1])) i--;
  return '.!?…:;'.includes(text[i - 1]);
}

/** Captions, credits or a pulled quote a page sets between two paragraphs of one running quote. */
const MAX_INSERTS = 3;

/** The paragraph a quote left open at the end of paragraph `index` goes on in, past captions and credits. */
function readOnInto(text: string, paragraphs: Layout['paragraphs'], index: number): Layout['paragraphs'][number] | undefined {
  for (let j = index + 1; j < paragraphs.length && j <= index + MAX_INSERTS + 1; j++) if (endsSentence(text, paragraphs[j].end)) return paragraphs[j];
  return paragraphs[index + 1];
}

/** Mentions inside quoted words are the speaker's words, not the writer's: they name no speaker. */
function outsideQuotes(mentions: EntityMention[], passages: QuotedPassage[]): EntityMention[] {
  const kept: EntityMention[] = [];
  let p = 0;
  for (const mention of mentions) {
    while (p < passages.length && passages[p].close < mention.start) p++;
    if (p < passages.length && passages[p].open <= mention.start && mention.end <= passages[p].close) continue;
    kept.push(mention);
  }
  return kept;
}

/** Words the article writes in lower case: a capitalised "Engineers" opening a sentence is one of them. */
function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  let i = 0;
  while (i < text.length) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isLetterCode(text.charCodeAt(i))) i++;
    if (isLowerCode(text.charCodeAt(start))) words.add(text.slice(start, i));
  }
  return words;
}

/** The parts of [start, end) outside the given regions (sorted by start), from index `from` on. */
function proseOf(start: number, end: number, regions: Region[], from: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let at = start;
  for (let i = from; i < regions.length && regions[i].start < end; i++) {
    const region = regions[i];
    if (region.end <= at) continue;
    if (region.start > at) pieces.push({ start: at, end: region.start });
    at = Math.max(at, region.end);
  }
  if (at < end) pieces.push({ start: at, end });
  return pieces;
}
