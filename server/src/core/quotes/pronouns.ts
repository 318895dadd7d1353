// Resolves the pronoun of an attribution ("he wrote", "she said", "they said", "it added"). Speakers of
// earlier quotes and subjects of earlier sentences come first, the nearest before the pronoun in its
// paragraph, then in the previous paragraph; plain mentions of people are the last resort ("Ana Ruiz
// thanked Tom Bell. “…,” she said" is Ana Ruiz, the subject, though Tom Bell is nearer).

export type CandidateRole = 'speaker' | 'subject' | 'mention';

export interface SpeakerCandidate {
  /** Where the candidate was named or referred to: only candidates before a pronoun can be its antecedent. */
  at: number;
  /** The name's span (an antecedent's span when the candidate was itself a pronoun). */
  start: number;
  end: number;
  text: string;
  entity: number | null;
  person: boolean;
  role: CandidateRole;
  /** Index of the sentence within its paragraph, -1 when unknown. */
  sentence: number;
  /** For a speaker: the cue that named them ("said", "explained"). */
  cue?: string;
}

/** How far back to look: bounds the work for paragraphs with thousands of names. */
const LOOK_BACK = 200;

export function resolvePronoun(pronoun: string, at: number, current: SpeakerCandidate[], previous: SpeakerCandidate[]): SpeakerCandidate | null {
  const lower = pronoun.toLowerCase();
  let fits: (c: SpeakerCandidate) => boolean;
  if (lower === 'he' || lower === 'she') fits = (c) => c.person;
  else if (lower === 'they') fits = (c) => c.role !== 'mention' || !c.person;
  else if (lower === 'it') fits = (c) => !c.person;
  else return null;
  const named = (c: SpeakerCandidate): boolean => c.role !== 'mention' && fits(c);
  const mentioned = (c: SpeakerCandidate): boolean => c.role === 'mention' && fits(c);
  return latest(current, at, named) ?? latest(previous, Infinity, named) ?? firstOfLatestSentence(current, at, mentioned) ?? firstOfLatestSentence(previous, Infinity, mentioned);
}

/** Of plain mentions, the first in the most recent sentence with one: usually that sentence's subject. */
function firstOfLatestSentence(candidates: SpeakerCandidate[], before: number, fits: (c: SpeakerCandidate) => boolean): SpeakerCandidate | null {
  let best = latest(candidates, before, fits);
  if (!best) return null;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const candidate = candidates[i];
    if (candidate.at >= best.at || !fits(candidate)) continue;
    if (candidate.sentence !== best.sentence) break;
    best = candidate;
  }
  return best;
}

function latest(candidates: SpeakerCandidate[], before: number, fits: (c: SpeakerCandidate) => boolean): SpeakerCandidate | null {
  let seen = 0;
  for (let i = candidates.length - 1; i >= 0 && seen < LOOK_BACK; i--) {
    if (candidates[i].at >= before) continue;
    seen++;
    if (fits(candidates[i])) return candidates[i];
  }
  return null;
}
