// Whether a date without its year or week sits in past or future reporting. "said Thursday" points
// back, "will meet Thursday" points forward; news mostly reports the past, so that is the default.
import type { Token } from './tokens';

export type Tense = 'past' | 'future';

const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will', 'shall', 'll', 'wo', 'going', 'scheduled', 'expected', 'expects', 'plans', 'plan', 'due', 'soon',
  'upcoming', 'next', 'slated', 'begins', 'starts', 'opens', 'hopes', 'intends', 'aims', 'tomorrow', 'ahead',
  'coming', 'planning', 'resume', 'resumes',
]);

const PAST_CUES: ReadonlySet<string> = new Set([
  'said', 'says', 'was', 'were', 'had', 'did', 'told', 'ago', 'last', 'earlier', 'since', 'yesterday', 'been',
  'made', 'took', 'met', 'came', 'went', 'gave', 'began', 'left', 'held', 'saw', 'won', 'lost', 'fell', 'rose',
  'sold', 'paid', 'spent', 'led', 'hit', 'cut', 'put', 'quit', 'ran', 'wrote', 'spoke', 'sent', 'struck', 'shot',
]);

const LOOK_BACK = 8;
const LOOK_AHEAD = 6;

/** The tense around a date, and whether a word near it said so (else past reporting is assumed). */
export interface TenseReading {
  tense: Tense;
  cued: boolean;
}

/** The tense around tokens [from, to), looking only inside the sentence [sentenceStart, sentenceEnd). */
export function tenseAround(tokens: Token[], from: number, to: number, sentenceStart: number, sentenceEnd: number): TenseReading {
  const before = cueBefore(tokens, from, sentenceStart);
  // "by August", "by Friday": a deadline, still ahead; unless a past verb says it has passed ("had
  // 3,000 likes by Sunday").
  if (from > 0 && tokens[from - 1].lower === 'by' && tokens[from - 1].start >= sentenceStart) return { tense: before === 'past' ? 'past' : 'future', cued: true };
  if (before) return { tense: before, cued: true };
  for (let i = to; i < Math.min(tokens.length, to + LOOK_AHEAD) && tokens[i].end <= sentenceEnd; i++) {
    const cue = cueOf(tokens[i]);
    if (cue) return { tense: cue, cued: true };
  }
  return { tense: 'past', cued: false };
}

/** True when some word of the sentence around token `at` points ahead ("are expected to flock ... on Sunday"). */
export function sentencePointsAhead(tokens: Token[], at: number, sentenceStart: number, sentenceEnd: number): boolean {
  for (let i = at; i >= 0 && tokens[i].start >= sentenceStart; i--) if (cueOf(tokens[i]) === 'future') return true;
  for (let i = at + 1; i < tokens.length && tokens[i].end <= sentenceEnd; i++) if (cueOf(tokens[i]) === 'future') return true;
  return false;
}

/** The tense of the nearest cue before the date, within a few words and the sentence. */
function cueBefore(tokens: Token[], from: number, sentenceStart: number): Tense | null {
  for (let i = from - 1; i >= Math.max(0, from - LOOK_BACK) && tokens[i].start >= sentenceStart; i--) {
    const cue = cueOf(tokens[i]) ?? futurePhraseAt(tokens, i);
    if (cue === 'past' && isFuturePassive(tokens, i)) return 'future';
    if (cue) return cue;
  }
  return null;
}

/** "would be held", "as early as Tuesday", "set to resume": words that point ahead only together. */
function futurePhraseAt(tokens: Token[], i: number): Tense | null {
  const t = tokens[i].lower;
  const next = tokens[i + 1]?.lower;
  if ((t === 'would' && next === 'be') || (t === 'early' && tokens[i - 1]?.lower === 'as')) return 'future';
  return null;
}

/** "will be finished", "to be completed": a participle after a future auxiliary. */
function isFuturePassive(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower;
  const twoBefore = tokens[i - 2]?.lower;
  return before === 'be' && (twoBefore === 'will' || twoBefore === 'to' || twoBefore === 'll' || twoBefore === 'shall');
}

function cueOf(t: Token): Tense | null {
  if (t.kind !== 'word') return null;
  if (FUTURE_CUES.has(t.lower)) return 'future';
  if (PAST_CUES.has(t.lower)) return 'past';
  // A lower-case word in -ed is usually a past verb ("attended"); "succeed", "need" are not.
  if (t.lower.length > 4 && t.text === t.lower && t.lower.endsWith('ed') && !t.lower.endsWith('eed')) return 'past';
  return null;
}
