// Resolves the pronoun of an attribution ("he wrote", "she said", "they said", "it added") to the most
// recent fitting speaker or entity before it in the paragraph, or else in the previous paragraph. Within
// the most recent sentence that has one, the first fits best: it is usually the subject ("Ana Ruiz
// thanked Tom Bell. “…,” she said").

export interface SpeakerCandidate {
  start: number;
  end: number;
  text: string;
  entity: number | null;
  person: boolean;
  /** Named as the speaker of an earlier quote (not merely mentioned). */
  fromQuote: boolean;
  /** Index of the sentence the candidate is in (-1 when none). */
  sentence: number;
}

export function resolvePronoun(pronoun: string, before: SpeakerCandidate[], previous: SpeakerCandidate[]): SpeakerCandidate | null {
  const fits = fitting(pronoun.toLowerCase());
  if (!fits) return null;
  return latest(before, fits) ?? latest(previous, fits);
}

function fitting(pronoun: string): ((c: SpeakerCandidate) => boolean) | null {
  if (pronoun === 'he' || pronoun === 'she') return (c) => c.person;
  if (pronoun === 'they') return (c) => c.fromQuote || !c.person;
  if (pronoun === 'it') return (c) => !c.person;
  return null;
}

function latest(candidates: SpeakerCandidate[], fits: (c: SpeakerCandidate) => boolean): SpeakerCandidate | null {
  let best: SpeakerCandidate | null = null;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const candidate = candidates[i];
    if (best && candidate.sentence !== best.sentence) break;
    if (fits(candidate)) best = candidate;
  }
  return best;
}
