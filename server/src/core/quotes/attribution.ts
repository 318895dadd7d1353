// Finds the attribution cue for a quote among the writer's words around it and the speaker phrase the
// cue points to. Cues nearest the quote are tried first; a cue that names nobody is passed over.
import { NEVER_INVERTED, PARTICIPLE_CUES, SPEECH_VERBS, VERB_MODIFIERS } from './cues';
import { nameEndingAt, phraseAfter, phraseBefore, type SpeakerPhrase } from './speakerPhrase';
import type { Token } from './tokens';

export interface Attribution {
  phrase: SpeakerPhrase;
  cue: string;
}

interface Cue {
  index: number;
  /** Index of the cue's last token ("according to" spans two). */
  last: number;
  /** Twice the words between cue and quote, plus one for cues before it: cues after the quote win ties. */
  distance: number;
}

/**
 * The attribution of the quote token at `quote` in `tokens`, or null. `quote` may be -1 when the tokens
 * are a neighbouring sentence; then distance is measured from `anchor` (0 = start, tokens.length = end).
 */
export function attributionIn(text: string, tokens: Token[], quote: number, anchor = quote): Attribution | null {
  const signed = quote >= 0 ? signature(tokens, quote) : null;
  if (signed) return signed;
  const cues = cuesOf(tokens, anchor);
  for (const cue of cues) {
    const found = speakerOf(text, tokens, cue, quote);
    if (found) return found;
  }
  return null;
}

/** "“…” — Ana Ruiz": a name signed after a dash, ending the sentence. */
function signature(tokens: Token[], quote: number): Attribution | null {
  const dash = tokens[quote + 1];
  if (!dash || dash.kind !== 'punct' || !'—―–-'.includes(dash.text)) return null;
  const phrase = phraseAfter(tokens, quote + 2);
  if (!phrase || !phrase.named) return null;
  const next = tokens[phrase.next];
  return !next || (next.kind === 'punct' && next.text !== '(') || next.kind === 'quote' ? { phrase, cue: dash.text } : null;
}

/** Words before a noun: after them "states", "reports" or "claims" are not speech verbs. */
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'these', 'those', 'this', 'several', 'many', 'some']);

function cuesOf(tokens: Token[], anchor: number): Cue[] {
  // wordsBefore[i]: words (and quotes) before token i, so any distance is one subtraction.
  const wordsBefore: number[] = new Array(tokens.length + 1);
  wordsBefore[0] = 0;
  for (let i = 0; i < tokens.length; i++) wordsBefore[i + 1] = wordsBefore[i] + (tokens[i].kind === 'punct' ? 0 : 1);
  const at = Math.max(-1, Math.min(tokens.length, anchor));
  const distance = (cue: number): number =>
    cue < at ? (wordsBefore[at] - wordsBefore[cue + 1]) * 2 + 1 : (wordsBefore[cue] - wordsBefore[Math.max(0, at + 1)]) * 2;
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'word') continue;
    const lower = token.lower;
    if (lower === 'according' && tokens[i + 1]?.lower === 'to') cues.push({ index: i, last: i + 1, distance: distance(i) });
    else if (SPEECH_VERBS.has(lower) && !NOUN_MARKERS.has(tokens[i - 1]?.lower ?? '')) cues.push({ index: i, last: i, distance: distance(i) });
  }
  return cues.sort((a, b) => a.distance - b.distance || b.index - a.index);
}

function speakerOf(text: string, tokens: Token[], cue: Cue, quote: number): Attribution | null {
  const cueText = text.slice(tokens[cue.index].start, tokens[cue.last].end);
  const lower = cueText.toLowerCase();
  if (lower.startsWith('according')) {
    const phrase = phraseAfter(tokens, cue.last + 1, true);
    return phrase ? { phrase, cue: cueText } : null;
  }
  const floor = floorBefore(tokens, cue.index);
  if (PARTICIPLE_CUES.has(lower)) {
    const main = mainVerbBefore(tokens, floor, cue.index);
    const fromMain = main >= 0 ? speakerOf(text, tokens, { index: main, last: main, distance: 0 }, -1) : null;
    if (fromMain) return { phrase: fromMain.phrase, cue: cueText };
    const perceived = perceivedSpeaker(tokens, floor, cue.index);
    if (perceived) return { phrase: perceived, cue: cueText };
    const phrase = clauseSubject(tokens, floor, cue.index);
    return phrase ? { phrase, cue: cueText } : null;
  }
  const directlyAfterQuote = quote >= 0 && cue.index > quote && onlyCommasBetween(tokens, quote, cue.index);
  const antecedent = quote > cue.index ? relativeAntecedent(tokens, floor, cue.index) : null;
  if (antecedent) return { phrase: antecedent, cue: cueText };
  if (!directlyAfterQuote) {
    const before = phraseBefore(tokens, cue.index, floor);
    if (before) return { phrase: before, cue: cueText };
  }
  if (NEVER_INVERTED.has(lower)) return null;
  const after = phraseAfter(tokens, cue.last + 1);
  if (after && (directlyAfterQuote || endsClause(tokens, after))) return { phrase: after, cue: cueText };
  return null;
}

/** Words between a speaker and a participle that say the speaker was heard or seen. */
const PERCEIVED = new Set(['heard', 'seen', 'filmed', 'recorded']);
const PERCEIVED_AUXILIARIES = new Set(['be', 'been', 'is', 'was', 'were', 'are', 'can', 'could', 'then', 'also', 'later', 'clearly']);

/** "The mother can be heard saying", "a fan was filmed shouting": the one heard is the speaker. */
function perceivedSpeaker(tokens: Token[], floor: number, participle: number): SpeakerPhrase | null {
  let k = participle - 1;
  if (k < floor || !PERCEIVED.has(tokens[k].lower)) return null;
  do k--;
  while (k >= floor && tokens[k].kind === 'word' && PERCEIVED_AUXILIARIES.has(tokens[k].lower));
  return phraseBefore(tokens, k + 1, floor);
}

/** "Ana Ruiz, who told reporters, “…”": the speaker of a quote the clause introduces is the name it hangs on. */
function relativeAntecedent(tokens: Token[], floor: number, cue: number): SpeakerPhrase | null {
  let k = cue - 1;
  while (k >= floor && tokens[k].kind === 'word' && VERB_MODIFIERS.has(tokens[k].lower)) k--;
  if (k - 2 < floor || tokens[k].lower !== 'who' || tokens[k - 1].text !== ',') return null;
  return nameEndingAt(tokens, k - 2, floor);
}

/** "X said, adding that …": the finite speech verb the participle follows in its clause, or -1. */
function mainVerbBefore(tokens: Token[], floor: number, participle: number): number {
  for (let k = participle - 1; k >= floor; k--) {
    const lower = tokens[k].lower;
    if (tokens[k].kind === 'word' && SPEECH_VERBS.has(lower) && !PARTICIPLE_CUES.has(lower)) return k;
  }
  return -1;
}

/** Reading back from a cue never crosses a quote: words before it belong to another clause. */
function floorBefore(tokens: Token[], cue: number): number {
  for (let k = cue - 1; k >= 0; k--) if (tokens[k].kind === 'quote') return k + 1;
  return 0;
}

function onlyCommasBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (tokens[k].kind !== 'punct' || (tokens[k].text !== ',' && tokens[k].text !== '—')) return false;
  return true;
}

/** "says Ana Ruiz." or "says Ana Ruiz, who …": an inverted speaker ends the clause. */
function endsClause(tokens: Token[], phrase: SpeakerPhrase): boolean {
  const next = tokens[phrase.next];
  return !next || next.kind !== 'word' || ['who', 'in', 'on', 'at', 'during', 'after', 'when', 'last', 'this'].includes(next.lower);
}

/** The subject at the head of a clause: skip an opening "In Lima," and read the phrase. */
export function clauseSubject(tokens: Token[], floor: number, cue: number): SpeakerPhrase | null {
  let start = floor;
  const opener = tokens[start]?.lower;
  if (opener && ['in', 'on', 'at', 'during', 'after', 'before', 'despite', 'while', 'last', 'earlier', 'meanwhile', 'but', 'and', 'however'].includes(opener)) {
    for (let k = start; k < cue; k++) {
      if (tokens[k].kind === 'punct' && tokens[k].text === ',') {
        start = k + 1;
        break;
      }
    }
  }
  return start < cue ? phraseAfter(tokens, start) : null;
}
