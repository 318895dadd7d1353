// Who a statement is attributed to, as the article words it: "according to X", "X said", "X told ...",
// "X reported", "officials say", "the report said", "it added", "as stated by X", "X estimate".
import { blankBetween, lowerWordsOf, type LowerWord as Word } from './words';

export interface Attribution {
  /** The words naming the source, as written ("the Wall Street Journal", "economists"). */
  source: string;
  start: number;
  end: number;
  /** The cue that tied it: "according to", "said", "reported", "stated by". */
  cue: string;
}

/** Reporting verbs that attribute what surrounds them to the noun phrase before them. */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tell', 'tells', 'reported', 'added', 'adds', 'stated', 'announced', 'announces',
  'confirmed', 'confirms', 'claimed', 'estimated', 'estimate', 'expect', 'expects', 'warned', 'warns', 'noted',
  'wrote', 'writes', 'explained', 'explains', 'insisted', 'acknowledged', 'argued', 'argue', 'argues', 'believe',
  'believes', 'predicted', 'predict', 'predicts', 'indicated', 'indicate', 'indicates', 'show', 'shows', 'showed',
  'informed', 'testified', 'alleged', 'alleges', 'disclosed', 'revealed', 'reveals', 'suggest', 'suggests',
  'suggested', 'projected', 'forecast', 'forecasts', 'assessed', 'concluded', 'contend', 'contends', 'maintain',
  'maintains', 'report', 'reports', 'claims', 'estimates', 'notes', 'states', 'projects', 'tweeted', 'posted',
  'learned', 'complained', 'accused', 'insists', 'denied', 'denies', 'admitted', 'admits', 'recalled', 'mentioned',
  'responded', 'replied', 'asserted', 'asserts', 'declared', 'declares', 'emphasized', 'stressed', 'charged', 'charges',
]);

/** Verbs that are also common nouns ("intelligence reports indicate"): a verb only before "that" or at a clause end. */
const NOUN_LIKE_VERBS: ReadonlySet<string> = new Set([
  'report', 'reports', 'claims', 'estimates', 'notes', 'states', 'projects', 'forecast', 'forecasts', 'show', 'charges',
  'posted', 'learned',
]);

/** Passive cues followed by the source: "as stated by X", "reported by X". */
const BY_CUES: ReadonlySet<string> = new Set(['stated', 'reported', 'cited', 'confirmed', 'announced', 'estimated', 'told']);

/** Words that end a noun phrase read backwards from a verb. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'and', 'but', 'as', 'because', 'while', 'although', 'though', 'if', 'when',
  'so', 'yet', 'where', 'since', 'after', 'before', 'than', 'however', 'also', 'still', 'meanwhile',
]);

/** A phrase ending in one of these is not the subject of the verb after it ("he was found", "is expected"). */
const NOT_SUBJECT_ENDINGS: ReadonlySet<string> = new Set([
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'to', 'of', 'the', 'a', 'an', 'not',
  'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'do', 'does', 'in', 'on', 'for', 'with',
  'by', 'at', 'from', 'also', 'than', 'never', 'again', 'then', 'often', 'later', 'earlier',
]);

/** Opening words of a report's description: "a new report in X" → X is the source. */
const REPORT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'story', 'article', 'analysis', 'investigation', 'interview', 'statement', 'study', 'survey',
  'assessment', 'estimate', 'estimates', 'data', 'figures', 'reporting', 'poll', 'review', 'filing', 'post',
]);

/** Prepositions that end a source named after its cue ("stated by officials in a conversation with ..."),
 *  except right after a report noun ("a report in The Journal"). */
const PHRASE_ENDING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'with', 'over', 'for', 'about', 'since']);

const AUXILIARIES: ReadonlySet<string> = new Set(['have', 'has', 'had', 'long', 'also', 'never', 'still', 'often', 'already', 'once']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const QUOTE_MARKS = /["“”‘’']/;

/** Longest subject read backwards from a verb, and longest source read after a cue. */
const MAX_SUBJECT_WORDS = 8;
const MAX_SOURCE_WORDS = 12;
/** How far back a comma may open the appositive in "Ana Ruiz, a spokeswoman for the county, said". */
const MAX_APPOSITIVE_WORDS = 14;

/** Adverbs and perfect auxiliaries between a subject and its verb ("have long", "publicly"). */
function isFiller(word: string): boolean {
  return word === word.toLowerCase() && (AUXILIARIES.has(word) || (word.length > 4 && word.endsWith('ly')));
}

export function attributionIn(text: string, start: number, end: number): Attribution | null {
  return attributionAmong(text, lowerWordsOf(text, start, end));
}

/** The attribution among already split words of one sentence. */
export function attributionAmong(text: string, words: Word[]): Attribution | null {
  for (let i = 0; i < words.length; i++) {
    const lower = words[i].lower;
    if (lower === 'according' && words[i + 1]?.lower === 'to' && plainGap(text, words, i + 1)) {
      const phrase = phraseAfter(text, words, i + 2);
      if (phrase) return { ...sourceOfReport(text, words, phrase), cue: 'according to' };
    }
    if (BY_CUES.has(lower) && words[i + 1]?.lower === 'by' && plainGap(text, words, i + 1)) {
      const phrase = phraseAfter(text, words, i + 2);
      if (phrase) return { ...toAttribution(text, words, phrase), cue: `${lower} by` };
    }
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    if (!REPORTING_VERBS.has(w) || !isVerbHere(text, words, i)) continue;
    const found = subjectOf(text, words, i);
    if (found) return { ...toAttribution(text, words, found), cue: w };
  }
  return null;
}

/** The speaker of the reporting verb at i: "officials say", "X, the mayor, said", "..." said X. */
function subjectOf(text: string, words: Word[], i: number): [number, number] | null {
  if (i === 0) return null;
  const gap = text.slice(words[i - 1].end, words[i].start);
  if (!QUOTE_MARKS.test(gap)) {
    const before = phraseBefore(text, words, i);
    if (before) return before;
  }
  if (!gap.includes(',')) return null;
  if (!QUOTE_MARKS.test(gap)) {
    // "Ana Ruiz, a spokeswoman for the county, said": the subject precedes the appositive.
    for (let p = i - 1; p > 0 && p >= i - MAX_APPOSITIVE_WORDS; p--) {
      const before = text.slice(words[p - 1].end, words[p].start);
      if (QUOTE_MARKS.test(before)) break;
      if (before.includes(',')) {
        const subject = phraseBefore(text, words, p, true);
        if (subject) return subject;
        break;
      }
    }
  }
  // Inverted after a quotation or a clause: '..., said Ana Ruiz, a spokeswoman.'
  const after = phraseAfter(text, words, i + 1);
  if (!after) return null;
  const first = words[after[0]].text;
  return first[0] !== first[0].toLowerCase() || DETERMINERS.has(first) ? after : null;
}

/** "Twelve percent", "1,200 residents": a share or count of people, not a named source. */
function isShare(words: Word[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = words[j].text.charCodeAt(0);
    if ((c >= 48 && c <= 57) || words[j].lower === 'percent' || words[j].lower === 'half') return true;
  }
  return false;
}

function isVerbHere(text: string, words: Word[], i: number): boolean {
  const w = words[i].text;
  if (!NOUN_LIKE_VERBS.has(w)) return true;
  const next = words[i + 1];
  if (!next) return true;
  const gap = text.slice(words[i].end, next.start);
  return next.lower === 'that' || /[,.;:!?]/.test(gap);
}

/** Only spaces between word j-1 and word j. */
function plainGap(text: string, words: Word[], j: number): boolean {
  return blankBetween(text, words[j - 1].end, words[j].start);
}

/** Only spaces, the dots of "U.S." or the brackets of "Mike Pence (R-IN)" between word j-1 and word j:
 *  still one phrase. */
function joinsPhrase(text: string, words: Word[], j: number): boolean {
  const gap = text.slice(words[j - 1].end, words[j].start).trim();
  return gap === '' || gap === '.' || gap === '(' || gap === ')';
}

/** Words [from, to) read backwards from word i (the verb, or the comma opening an appositive), up to a
 *  clause boundary; trailing adverbs and auxiliaries are left out ("officials have long said"). */
function phraseBefore(text: string, words: Word[], i: number, acrossComma = false): [number, number] | null {
  if (i === 0 || (!acrossComma && !joinsPhrase(text, words, i))) return null;
  // A filler opening the sentence ("Reportedly said ...") leaves no subject before it.
  while (i > 0 && isFiller(words[i - 1].text) && (i === 1 || joinsPhrase(text, words, i - 1))) i--;
  let from = i;
  while (from > 0 && i - from < MAX_SUBJECT_WORDS) {
    const w = words[from - 1].text;
    const lower = words[from - 1].lower;
    if (CLAUSE_OPENERS.has(lower) && (w === lower || from - 1 === 0)) break;
    from--;
    if (from > 0 && !joinsPhrase(text, words, from)) break;
  }
  if (from === i || NOT_SUBJECT_ENDINGS.has(words[i - 1].lower)) return null;
  if (isShare(words, from, i)) return null;
  return [from, i];
}

/** Words [from, to) after index i, up to a clause boundary. */
function phraseAfter(text: string, words: Word[], i: number): [number, number] | null {
  if (i >= words.length || !joinsPhrase(text, words, i)) return null;
  let to = i + 1;
  while (to < words.length && to - i < MAX_SOURCE_WORDS && joinsPhrase(text, words, to)) {
    const lower = words[to].lower;
    if (lower === 'that' || lower === 'who' || lower === 'which' || lower === 'when') break;
    if (PHRASE_ENDING_PREPOSITIONS.has(lower) && !REPORT_NOUNS.has(words[to - 1].lower)) break;
    to++;
  }
  return [i, to];
}

function toAttribution(text: string, words: Word[], [from, to]: [number, number]): Omit<Attribution, 'cue'> {
  const start = words[from].start;
  let end = words[to - 1].end;
  // "Ada Brun (Greens)": close the bracket the source opened.
  if (text[end] === ')' && text.slice(start, end).includes('(')) end++;
  return { source: text.slice(start, end), start, end };
}

/** "a new report in The Wall Street Journal" → "The Wall Street Journal"; other phrases stay whole. */
function sourceOfReport(text: string, words: Word[], [from, to]: [number, number]): Omit<Attribution, 'cue'> {
  for (let j = from; j < Math.min(to - 2, from + 4); j++) {
    if (!REPORT_NOUNS.has(words[j].lower)) continue;
    const prep = words[j + 1].lower;
    if (prep === 'by' || prep === 'in' || prep === 'from' || prep === 'of' || prep === 'with') return toAttribution(text, words, [j + 2, to]);
  }
  return toAttribution(text, words, [from, to]);
}
