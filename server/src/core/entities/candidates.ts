// Candidate names: runs of capitalised words joined by spaces, particles ("de", "van der") and "of"
// after an organisation, place or title head; then cut down to the name itself: sentence openers,
// titles, months and nationality adjectives are left out.
import { isDemonym, isParticle, lexiconType } from './lexicon';
import { ORG_CUES, ORG_HEADS } from './lexicon/organizations';
import { PERSON_HONORIFICS, PORTFOLIOS, TITLE_HEADS, TITLES } from './lexicon/people';
import { PLACE_HEADS } from './lexicon/places';
import { MONTHS, NEVER_NAMES, PRONOUNS, SENTENCE_STARTERS, WEEKDAYS } from './lexicon/words';
import type { Token } from './tokens';

/** Words in the longest name worth reading ("Organisation for Security and Cooperation in Europe" has 7). */
const LONGEST_NAME = 12;

export interface Candidate {
  tokens: Token[];
  start: number;
  end: number;
  /** Folded form of the whole name, words separated by single spaces. */
  key: string;
  /** A title or role stood right before it ("President", "Foreign Minister"). */
  titled: boolean;
  /** A form of address stood before it ("Mr.", "Dr."): certainly a person. */
  honorific: boolean;
  /** The first word opens a sentence, so its capital says nothing. */
  sentenceInitial: boolean;
  /** From a line in capitals or title case: only a lexicon or a name found elsewhere confirms it. */
  shouting: boolean;
  /** The lower-case words right before ("city of", "in") and the word right after ("said"), or ''. */
  before: string;
  beforeThat: string;
  after: string;
  /** The name right after a comma that follows this one ("Whitewater, Wisconsin" → "wisconsin"), or ''. */
  commaThen: string;
  /** Joined by " & " ("Douglas & Lomason"). */
  ampersand: boolean;
  /** Written as "X-based", "X-led". */
  placeSuffix: boolean;
}

/**
 * `common` says whether a word opening a sentence is an ordinary word: it appears in lower case in the
 * article, or it is never capitalised inside a sentence while the word after it is ("Prominent Trump
 * allies ..."); then it is not part of the name after it.
 */
export function candidatesOf(text: string, tokens: Token[], common: (key: string, next: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if ((!t.capitalised && !opensSurname(tokens, i)) || t.shouting) {
      i++;
      continue;
    }
    let j = i + 1;
    let inOrganization = false;
    while (j < tokens.length && tokens[j].joined && !tokens[j].shouting && !tokens[j - 1].possessive && !tokens[j - 1].suffix) {
      const next = tokens[j];
      if (next.capitalised && !breaksName(next)) {
        j++;
      } else if (bridges(tokens, j, inOrganization)) {
        inOrganization ||= next.key === 'for' || (next.key === 'of' && ORG_HEADS.has(tokens[j - 1].key));
        j += bridgeLength(tokens, j, inOrganization);
      } else break;
    }
    // A longer run of capitals is a headline or a list written in title case, not a name.
    if (j - i <= LONGEST_NAME) for (const run of splitAtBreaks(tokens.slice(i, j))) trimRun(text, tokens, run, common, out);
    i = j;
  }
  return out;
}

/** A particle that begins a surname standing alone: "de Silva", "van Persie". */
function opensSurname(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return SURNAME_PARTICLES.has(tokens[i].key) && next !== undefined && next.joined && next.capitalised && !next.shouting && !tokens[i].sentenceInitial;
}

const SURNAME_PARTICLES = new Set(['de', 'van', 'von', 'da', 'di', 'du', 'dos', 'das', 'del', 'della', 'der', 'ter', 'ten']);

/** Each word and the word with a dot ("jan", "jan."): looked up without cutting the dot off every token. */
const withDots = (words: Iterable<string>): ReadonlySet<string> => new Set([...words].flatMap((w) => [w, `${w}.`]));
const DAYS_AND_MONTHS = withDots([...MONTHS, ...WEEKDAYS]);
const DOTTED_PRONOUNS = withDots(PRONOUNS);

/** Months, weekdays and pronouns end a name: "Maduro Monday", "Cuba I". */
function breaksName(t: Token): boolean {
  return DAYS_AND_MONTHS.has(t.key) || (DOTTED_PRONOUNS.has(t.key) && !t.allCaps);
}

function splitAtBreaks(run: Token[]): Token[][] {
  if (!run.some(breaksName)) return [run];
  const runs: Token[][] = [];
  let current: Token[] = [];
  for (const t of run) {
    if (breaksName(t)) {
      if (current.length) runs.push(current);
      current = [];
    } else current.push(t);
  }
  if (current.length) runs.push(current);
  return runs;
}

/**
 * A lower-case particle, or "of (the)" / "for" after a head word, that continues a name when a
 * capitalised word follows it; inside an organisation's name "and" and "in" do too
 * ("Organisation for Security and Cooperation in Europe").
 */
function bridges(tokens: Token[], j: number, inOrganization: boolean): boolean {
  const n = bridgeLength(tokens, j, inOrganization);
  const after = tokens[j + n];
  return n > 0 && after !== undefined && after.joined && after.capitalised && !after.shouting;
}

function bridgeLength(tokens: Token[], j: number, inOrganization: boolean): number {
  const t = tokens[j];
  const previous = tokens[j - 1].key;
  if (inOrganization && (t.key === 'and' || t.key === 'in' || t.key === 'for' || t.key === 'of')) return 1;
  if (t.key === 'for' && ORG_HEADS.has(previous)) return 1;
  if (isParticle(t.key) && !tokens[j - 1].allCaps) {
    return isParticle(tokens[j + 1]?.key ?? '') && tokens[j + 1]?.joined ? 2 : 1;
  }
  if (t.key === 'of' && (ORG_HEADS.has(previous) || PLACE_HEADS.has(previous) || TITLE_HEADS.has(previous))) {
    return tokens[j + 1]?.key === 'the' && tokens[j + 1].joined ? 2 : 1;
  }
  return 0;
}

function trimRun(text: string, all: Token[], run: Token[], common: (key: string, next: string) => boolean, out: Candidate[]): void {
  let from = 0;
  const to = run.length;
  const first = run[0];
  if (first.sentenceInitial && (SENTENCE_STARTERS.has(first.key) || PRONOUNS.has(first.key) || (run.length > 1 && common(first.key, run[1].key))) && !isListed(text, run)) from = 1;
  if (from < to && run[from].key === 'the' && !(ORG_CUES.has(run[to - 1].key) || isListed(text, run))) from++;
  // Titles: "U.S. President Donald Trump" is a place and a person; "Secretary of State Marco Rubio" a person.
  const title = titleAt(run, from, to);
  if (title !== null) {
    // What stands before the title is a name only when a lexicon or a cue word says so ("U.S. President
    // X", "Supreme Court Justice Y"); otherwise it belongs to the title ("Harbour Master Z").
    const before = run.slice(from, title.start);
    if (before.length && (lexiconType(keyOf(before), textOf(text, before)) !== null || ORG_CUES.has(before[before.length - 1].key))) {
      emit(text, all, before, false, false, out);
    }
    const rest = run.slice(title.end, to);
    if (rest.length) emit(text, all, rest, true, title.honorific, out);
    return;
  }
  // The run is the candidate's own copy: kept whole, it needs no second one.
  emit(text, all, from === 0 ? run : run.slice(from, to), false, false, out);
}

/** The first stretch of title words that has a name after it and is not itself part of an organisation's name. */
function titleAt(run: Token[], from: number, to: number): { start: number; end: number; honorific: boolean } | null {
  if (ORG_CUES.has(run[to - 1].key) && !PERSON_HONORIFICS.has(run[from]?.key ?? '')) return null;
  for (let s = from; s < to; s++) {
    if (!isTitle(run[s].key)) continue;
    let e = s;
    let honorific = false;
    while (e < to) {
      const key = run[e].key;
      if (isTitle(key)) {
        honorific ||= PERSON_HONORIFICS.has(key);
        e++;
      } else if (key === 'of' && e > s && TITLE_HEADS.has(run[e - 1].key)) {
        e++;
        while (e < to && PORTFOLIOS.has(run[e].key)) e++;
      } else break;
    }
    if (e === to && s === from) return { start: s, end: e, honorific };
    if (e < to) return { start: s, end: e, honorific };
    return null;
  }
  return null;
}

function emit(text: string, all: Token[], run: Token[], titled: boolean, honorific: boolean, out: Candidate[]): void {
  while (run.length && (run[run.length - 1].key === 'of' || run[run.length - 1].key === 'the' || isParticle(run[run.length - 1].key))) run = run.slice(0, -1);
  if (run.length === 0) return;
  if (run.length > 1 && isDemonym(run[0].key) && !titled && !ORG_CUES.has(run[run.length - 1].key) && lexiconType(keyOf(run), textOf(text, run)) === null) {
    run = run.slice(1);
  }
  if (run.length > 1 && !titled && isDemonym(run[run.length - 1].key) && lexiconType(keyOf(run), textOf(text, run)) === null) return;
  const only = run.length === 1 ? run[0] : null;
  if (only && !titled && ((isDemonym(only.key) && lexiconType(only.key, only.text) === null) || NEVER_NAMES.has(only.key) || isTitle(only.key) || notAName(only.text))) return;
  if (run.every((t) => isTitle(t.key))) return;
  const first = run[0];
  const last = run[run.length - 1];
  const previous = all[first.index - 1];
  const beforePrevious = all[first.index - 2];
  const next = all[last.index + 1];
  out.push({
    tokens: run,
    start: first.start,
    end: last.end,
    key: run.length === 1 ? first.key : keyOf(run),
    titled,
    honorific,
    sentenceInitial: run[0].sentenceInitial,
    shouting: false,
    before: previous && first.joined && !first.sentenceInitial && !previous.capitalised ? previous.key : '',
    beforeThat: previous && beforePrevious && first.joined && previous.joined && !beforePrevious.capitalised ? beforePrevious.key : '',
    after: next && next.joined && !next.capitalised ? next.key : '',
    commaThen: next && next.capitalised && isCommaBetween(text, last.end, next.start) ? next.key : '',
    ampersand: hasAmpersand(text, run),
    placeSuffix: last.suffix !== '',
  });
}

/** Only a comma and spaces between two words ("Whitewater, Wisconsin"). */
function isCommaBetween(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  let commas = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) commas++;
    else if (!isBlankCode(c)) return false;
  }
  return commas === 1;
}

/** What String.prototype.trim removes: white space and line terminators. */
function isBlankCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function hasAmpersand(text: string, run: Token[]): boolean {
  for (let k = 1; k < run.length; k++) {
    for (let i = run[k - 1].end; i < run[k].start; i++) if (text.charCodeAt(i) === 38) return true;
  }
  return false;
}

/** A title word, a hyphenated title ("Major-General", "Vice-Admiral") or a former role ("Ex-Minister"). */
function isTitle(key: string): boolean {
  if (TITLES.has(key)) return true;
  if (!key.includes('-')) return false;
  return key.startsWith('ex-') || key.split('-').every((part) => TITLES.has(part));
}

/** Single letters and Roman numerals ("Group A", "World War II") are labels, not names. */
function notAName(word: string): boolean {
  return word.length === 1 || /^[IVXLC]+$/.test(word);
}

export function keyOf(tokens: Token[]): string {
  return tokens.map((t) => t.key).join(' ');
}

function isListed(text: string, run: Token[]): boolean {
  return lexiconType(run.length === 1 ? run[0].key : keyOf(run), textOf(text, run)) !== null;
}

function textOf(text: string, run: Token[]): string {
  return text.slice(run[0].start, run[run.length - 1].end);
}
