// Where the article says its information came from: the outlets, agencies and organisations it cites
// ("according to a report by The Wall Street Journal", "The Journal reported", "told the newspaper").
import { blankBetween, type LowerWord as Word } from './words';
import type { Citation, EntityMention } from '../types';
import { startingWithin } from './spans';

/** Descriptions standing for the outlet cited just before: "told the newspaper". */
const OUTLET_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'newspaper', 'paper', 'outlet', 'agency', 'broadcaster', 'network', 'magazine', 'daily', 'publication', 'channel',
]);

const MAX_NAME_WORDS = 8;
/** Entity mentions that start this far before a cited name are still checked for overlapping it. */
const MAX_NAME_CHARS = 80;
const REPORT_NOUNS: ReadonlySet<string> = new Set(['report', 'story', 'article', 'investigation', 'analysis', 'interview', 'reporting', 'conversation', 'statement']);
const REPORTED_VERBS: ReadonlySet<string> = new Set(['reported', 'reports', 'wrote', 'writes', 'published', 'revealed']);
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const REPORTED_ADVERBS: ReadonlySet<string> = new Set(['previously', 'first', 'earlier', 'also', 'initially', 'originally', 'later']);
/** Lower-case words allowed inside a name: "Bank of America", "Committee for the ...". */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'de', 'la', 'del', 'on']);
/** Words that name an outlet or agency even without an entity tag. */
const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'journal', 'times', 'post', 'news', 'press', 'reuters', 'agency', 'herald', 'tribune', 'guardian', 'telegraph',
  'gazette', 'bbc', 'cnn', 'bloomberg', 'axios', 'politico', 'courier', 'ledger', 'chronicle', 'review', 'observer',
  'independent', 'examiner', 'wire', 'radio', 'television', 'tv', 'afp', 'ap', 'network', 'magazine', 'daily', 'globe',
  'mail', 'express', 'sun', 'record', 'dispatch', 'bulletin', 'monitor', 'inquirer', 'star', 'register',
]);

/** The cited sources in the given runs of words (one run per sentence, in reading order); `entities`
 *  sorted by start. */
export function findCites(text: string, runs: readonly Word[][], entities: readonly EntityMention[]): Citation[] {
  const cites: Citation[] = [];
  const seen = new Set<number>();
  let lastOutlet: string | null = null;
  for (const words of runs) {
    if (!words.length) continue;
    const mentions = startingWithin(entities, words[0].start - MAX_NAME_CHARS, words[words.length - 1].end).map((i) => entities[i]);
    for (let i = 0; i < words.length; i++) {
      const found = citeAt(text, words, i, mentions, lastOutlet);
      if (!found) continue;
      if (!seen.has(found.start)) cites.push({ name: found.name, text: found.text, start: found.start, end: found.end });
      seen.add(found.start);
      if (!found.described) lastOutlet = found.name;
    }
  }
  return cites;
}

type FoundCite = Citation & { described: boolean };

function citeAt(text: string, words: Word[], i: number, entities: readonly EntityMention[], lastOutlet: string | null): FoundCite | null {
  const lower = words[i].lower;
  const opensName = nameAfterCue(words, i);
  if (opensName >= 0) {
    const described = describedOutlet(text, words, opensName, lastOutlet);
    if (described) return described;
    const name = nameAt(text, words, opensName, lower === 'according');
    if (name && !PRONOUNS.has(name.name.toLowerCase()) && isCitable(text, name, entities, lower !== 'according')) return name;
    return null;
  }
  // "The Journal reported", "Reuters previously reported": an outlet publishing what the article repeats.
  if (!startsName(text, words, i)) return null;
  // Most capitalised words are followed by no reporting verb: the name is only copied out once one is.
  const from = nameStartAt(words, i, false);
  if (from < 0) return null;
  const next = nameEndAt(text, words, from);
  let v = next;
  if (REPORTED_ADVERBS.has(words[v]?.text ?? '')) v++;
  if (!REPORTED_VERBS.has(words[v]?.text ?? '') || !plainGap(text, words, v)) return null;
  const name = nameOf(text, words, from, next);
  return isCitable(text, name, entities, true) ? name : null;
}

/** Word i opens a capitalised name: not a pronoun, and not the middle of a longer name ("Fire and Rescue Service"). */
function startsName(text: string, words: Word[], i: number): boolean {
  if (!isCapitalized(words[i].text) || PRONOUNS.has(words[i].lower)) return false;
  const prev = words[i - 1];
  if (!prev || !plainGap(text, words, i)) return true;
  if (isCapitalized(prev.text)) return false;
  return !(NAME_JOINERS.has(prev.text) && words[i - 2] && isCapitalized(words[i - 2].text) && plainGap(text, words, i - 1));
}

/** Where a name starts after a citing cue: "a report by X", "a conversation with X", "according to X",
 *  "reported by X", "told X"; -1 when word i is no such cue. */
function nameAfterCue(words: Word[], i: number): number {
  const lower = words[i].lower;
  const next = words[i + 1]?.lower ?? '';
  if (REPORT_NOUNS.has(lower) && (next === 'by' || next === 'in' || next === 'from' || next === 'with')) return i + 2;
  if (lower === 'according' && next === 'to') return i + 2;
  if ((lower === 'reported' || lower === 'published') && next === 'by') return i + 2;
  if (lower === 'told' || lower === 'informed') return i + 1;
  return -1;
}

/** "told the newspaper": the outlet cited before, with the description's words as the span. */
function describedOutlet(text: string, words: Word[], k: number, lastOutlet: string | null): FoundCite | null {
  if (!lastOutlet || words[k]?.lower !== 'the' || !OUTLET_DESCRIPTIONS.has(words[k + 1]?.text ?? '')) return null;
  const start = words[k].start;
  const end = words[k + 1].end;
  return { name: lastOutlet, text: text.slice(start, end), start, end, described: true };
}

/** A capitalised name from word k on, without a leading "the": "The Wall Street Journal" → "Wall Street Journal". */
function nameAt(text: string, words: Word[], k: number, allowReportPhrase: boolean): (FoundCite & { next: number }) | null {
  const j = nameStartAt(words, k, allowReportPhrase);
  return j < 0 ? null : nameOf(text, words, j, nameEndAt(text, words, j));
}

/** The word the name opens at, from word k on (after "a report by", a leading "the"), or -1 when none. */
function nameStartAt(words: Word[], k: number, allowReportPhrase: boolean): number {
  let j = k;
  if (allowReportPhrase) {
    // "according to a (new) report by X"
    let r = j;
    if (lowerAt(words, r) === 'a' || lowerAt(words, r) === 'an' || lowerAt(words, r) === 'the') r++;
    if (lowerAt(words, r) === 'new' || lowerAt(words, r) === 'recent') r++;
    const prep = lowerAt(words, r + 1);
    if (REPORT_NOUNS.has(lowerAt(words, r)) && (prep === 'by' || prep === 'in' || prep === 'from')) j = r + 2;
  }
  if (lowerAt(words, j) === 'the' && words[j + 1] && isCapitalized(words[j + 1].text)) j++;
  return words[j] && isCapitalized(words[j].text) ? j : -1;
}

/** One past the last word of the name opening at word j. */
function nameEndAt(text: string, words: Word[], j: number): number {
  let end = j + 1;
  while (end < words.length && end - j < MAX_NAME_WORDS && plainGap(text, words, end)) {
    const w = words[end].text;
    if (isCapitalized(w)) end++;
    else if (NAME_JOINERS.has(w) && words[end + 1] && isCapitalized(words[end + 1].text) && plainGap(text, words, end + 1)) end += 2;
    else break;
  }
  return end;
}

/** The name made of words [j, end), with the word after it as `next`. */
function nameOf(text: string, words: Word[], j: number, end: number): FoundCite & { next: number } {
  const start = words[j].start;
  const stop = words[end - 1].end;
  const name = text.slice(start, stop);
  return { name, text: name, start, end: stop, described: false, next: end };
}

/** A name is cited as a source unless it is a person; without an organisation tag it must read like an outlet. */
function isCitable(text: string, cite: Citation, entities: readonly EntityMention[], needsOutletWord: boolean): boolean {
  const overlapping = startingWithin(entities, cite.start - MAX_NAME_CHARS, cite.end)
    .map((i) => entities[i])
    .filter((e) => e.start < cite.end && cite.start < e.end);
  if (overlapping.some((e) => e.type === 'person')) return false;
  if (overlapping.some((e) => e.type === 'organization')) return true;
  const named = text.slice(cite.start, cite.end).toLowerCase().split(/\s+/);
  return named.some((w) => OUTLET_WORDS.has(w)) || (!needsOutletWord && named.length > 0 && !overlapping.some((e) => e.type === 'place'));
}

function lowerAt(words: Word[], n: number): string {
  return words[n]?.lower ?? '';
}

function isCapitalized(w: string): boolean {
  const c = w[0];
  return c !== undefined && c !== c.toLowerCase();
}

function plainGap(text: string, words: Word[], j: number): boolean {
  return j > 0 && blankBetween(text, words[j - 1].end, words[j].start);
}
