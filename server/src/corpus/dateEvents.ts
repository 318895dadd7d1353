// What event a date dates: the event word it is written by, nearest to it in its clause ("the
// bombing late Thursday", "was transported to the zoo in 2014", "On Sunday, the gate failed"), and
// who takes part (the entities of its sentence). Two articles' dates are compared only when they
// date the same event, so background years and "last year" in another clause are left alone.
import { lowerWordsOf, type LowerWord } from '../core/claims/words';
import { mentionsIn, type IndexedArticle, type IndexedDate } from './articleIndex';
import { clustersOf, type MatchContext } from './matchEdge';
import { eventKindOf, isHappening, listedEventKind } from './eventWords';

export interface DateAnchor {
  /** Kinds of the event words the date is written by ("blast", "move", "airstrike"); empty when none. */
  events: readonly string[];
  /** In-article entity ids named in the date's sentence. */
  participants: readonly number[];
  /** A span counted from publication ("this year", "two years ago", "last week"): it dates nothing by
   *  itself, so it is compared only for the same event of the same participants. */
  generic: boolean;
  /** The timestamp of an embedded post: it dates that post, which other sources embed or not as they like. */
  stamp: boolean;
}

/** Words that open another clause, and so another event, unless they lead the date itself ("after 2015"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'after', 'before', 'when', 'while', 'whereas', 'because', 'although', 'though', 'until', 'unless', 'following',
  'which', 'who', 'whom', 'whose', 'where', 'but', 'whether', 'if',
]);

/** Marks between words that end a clause. */
const CLAUSE_MARKS = /[;:()\u2014\u2013\[\]]/;

const TAKE_FORMS: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taken', 'taking']);

/** Words after a date, once an event is named before it, within which one after it still belongs to it. */
const RIGHT_REACH = 3;

export function anchorOf(a: IndexedArticle, d: IndexedDate): DateAnchor {
  let anchor = anchorCache.get(d);
  if (!anchor) anchorCache.set(d, (anchor = findAnchor(a, d)));
  return anchor;
}
/** Anchors of each date, kept as long as the article's index is. */
const anchorCache = new WeakMap<IndexedDate, DateAnchor>();

function findAnchor(a: IndexedArticle, d: IndexedDate): DateAnchor {
  const claim = a.facts.claims[d.claim]!;
  const mention = a.facts.dates[d.date]!;
  const stamp = POST_SIGNATURE.test(a.text.slice(Math.max(claim.start, mention.start - SIGNATURE_REACH), mention.start));
  return { events: eventsNear(a, claim, mention), participants: claim.entities, generic: isGeneric(mention.text, d), stamp };
}

/** "— Ada Quill (@adaquill) Dec 22, 2017", "shared by Ada Quill (@adaquill) on Dec 22, 2017": an embedded post's signature before its timestamp. */
const POST_SIGNATURE = /\(@\w+\)\s*(?:on\s+)?$/i;
const SIGNATURE_REACH = 60;

/**
 * The kinds of event a date or time written at `at` inside the sentence `within` is written by: the
 * nearest event word before it in its clause, and the first after it. Names and other dates are
 * passed over.
 */
export function eventsNear(a: IndexedArticle, within: { start: number; end: number }, at: { start: number; end: number }): string[] {
  const words = lowerWordsOf(a.text, within.start, within.end);
  const names = mentionsIn(a.mentions, within.start, within.end);
  const skip = (w: LowerWord) => a.facts.dates.some((d) => d.start <= w.start && w.end <= d.end) || names.some((m) => m.start <= w.start && w.end <= m.end);
  const before = words.filter((w) => w.end <= at.start);
  const after = words.filter((w) => w.start >= at.end);
  const left = eventsBefore(a.text, before, at.start, skip);
  // "discovered on March 4, the service said": the saying after a dated event is the source's, not the
  // event; and past a few words, what follows is another part of the sentence ("in 2002 to lower the
  // cost of spaceflight, and its launch prices").
  const reach = left.length === 0 ? after.length : RIGHT_REACH;
  const right = eventAfter(a.text, after.slice(0, reach), at.end, skip).filter((k) => left.length === 0 || k !== 'say');
  return [...left, ...right];
}

/**
 * Nearest first, leftwards: the verb or noun a date follows is the one it dates ("struck ... late
 * Thursday"); a "happened" hands on to its subject ("the attack happened at 11pm").
 */
function eventsBefore(text: string, before: LowerWord[], dateStart: number, skip: (w: LowerWord) => boolean): string[] {
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i]!;
    const adjacent = i === before.length - 1;
    if (CLAUSE_MARKS.test(text.slice(w.end, adjacent ? dateStart : before[i + 1]!.start))) break;
    if (!adjacent && CLAUSE_OPENERS.has(w.lower)) break;
    if (skip(w)) continue;
    const kind = w.lower === 'place' && TAKE_FORMS.has(before[i - 1]?.lower ?? '') ? 'happen' : kindOf(w, before[i - 1]);
    if (kind && !isHappening(kind)) return [kind];
  }
  return [];
}

/**
 * The first event named after the date in its clause: a date that opens its clause dates it ("On
 * Sunday, the gate failed"); one that closes it may be followed by what it led to ("late Thursday,
 * killing two"), but not by another clause ("on Wednesday after a tank cracked").
 */
function eventAfter(text: string, after: LowerWord[], dateEnd: number, skip: (w: LowerWord) => boolean): string[] {
  for (let i = 0; i < after.length; i++) {
    const w = after[i]!;
    if (CLAUSE_MARKS.test(text.slice(i === 0 ? dateEnd : after[i - 1]!.end, w.start))) break;
    if (CLAUSE_OPENERS.has(w.lower)) break;
    if (skip(w)) continue;
    const kind = kindOf(w, after[i - 1]);
    if (kind && !isHappening(kind)) return [kind];
  }
  return [];
}

/** A word's event kind, read first as one word with the word before it: "air strikes" is "airstrikes". */
function kindOf(w: LowerWord, previous: LowerWord | undefined): string | null {
  return (previous && listedEventKind(previous.lower + w.lower)) || eventKindOf(w.lower);
}

/** "this year", "last week", "two years ago", "earlier this month": counted spans, named by no calendar word. */
function isGeneric(text: string, d: IndexedDate): boolean {
  if (d.range.precision !== 'year' && d.range.precision !== 'month' && d.range.precision !== 'week') return false;
  return /\b(?:years?|months?|weeks?)\b/i.test(text) && !/\d/.test(text);
}


/**
 * How surely two dates date one event. 'same': written by the same kind of event word ("the bombing
 * late Thursday", "the blast on Thursday") with the same participants; 'alike': nothing says they
 * differ (the same kind of event with no one named on one side, or no event word on either side), so
 * the claims must be alike besides; 'unnamed': two days of the same participants, one with no event
 * word, so the claims must be plainly alike; null: different events. People
 * decide first ("Quayle was elected in 2013", "Quist was elected in 2014", both in one town), then
 * organisations, then places. A span counted from publication ("last year", "two years ago") dates an
 * event only as 'same'.
 */
export function dateEventMatch(ctx: MatchContext, a: IndexedArticle, x: IndexedDate, b: IndexedArticle, y: IndexedDate): EventMatch | null {
  const mine = anchorOf(a, x);
  const theirs = anchorOf(b, y);
  if (mine.stamp || theirs.stamp) return null;
  const sharedEvent = mine.events.some((k) => theirs.events.includes(k));
  const noEvent = mine.events.length === 0 && theirs.events.length === 0;
  let participants: 'shared' | 'different' | 'unnamed' = 'unnamed';
  for (const type of PARTICIPANT_TYPES) {
    const mineOfType = clustersOf(ctx, a, mine.participants, type);
    const theirsOfType = clustersOf(ctx, b, theirs.participants, type);
    if (mineOfType.length === 0 || theirsOfType.length === 0) continue;
    participants = mineOfType.some((c) => theirsOfType.includes(c)) ? 'shared' : 'different';
    if (type === 'person' && participants === 'different') return null;
    break;
  }
  if (mine.generic || theirs.generic) return sharedEvent && participants === 'shared' ? 'same' : null;
  if (sharedEvent) return participants === 'shared' ? 'same' : 'alike';
  if (noEvent) return 'alike';
  // One side names its event and the other names none: two days of the same participants may still
  // be one event told from another side ("the leak was discovered on March 4", "firefighters were
  // called on Wednesday"); two named events that differ are two events.
  const oneUnnamed = mine.events.length === 0 || theirs.events.length === 0;
  return oneUnnamed && isDay(x) && isDay(y) && participants === 'shared' ? 'unnamed' : null;
}
const PARTICIPANT_TYPES = ['person', 'organization', 'place'] as const;
export type EventMatch = 'same' | 'alike' | 'unnamed';

function isDay(d: IndexedDate): boolean {
  return d.range.precision === 'day' || d.range.precision === 'yearless';
}
