// Names on lines written in capitals or title case ("CUBA SAYS NO", "Trump Wants Cuba Deal"): their
// case says nothing, so only names the article gives elsewhere and lexicon entries are taken.
import type { Candidate } from './candidates';
import { UNTYPED, sure } from './classify';
import type { EntityGroup, Mention } from './coreference';
import { knownOrganization, lexiconType, multiWordEntries } from './lexicon';
import { ORG_ACRONYMS } from './lexicon/organizations';
import { PRONOUNS, SENTENCE_STARTERS } from './lexicon/words';
import type { Token } from './tokens';

const LONGEST = 5;

/** First words of the lexicons' multi-word names ("new" of "new york"). */
const LEXICON_OPENERS: ReadonlySet<string> = new Set(
  [...multiWordEntries()].map((key) => key.slice(0, key.indexOf(' '))),
);

/** Mentions found on shouting lines; new entities are appended to `groups`. */
export function shoutedMentionsOf(text: string, tokens: Token[], groups: EntityGroup[]): Mention[] {
  if (!tokens.some((t) => t.shouting)) return [];
  const known = knownForms(groups);
  const openers = new Set(LEXICON_OPENERS);
  for (const key of known.keys()) if (key.includes(' ')) openers.add(key.slice(0, key.indexOf(' ')));
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!tokens[i].shouting) {
      i++;
      continue;
    }
    const found = longestMatch(text, tokens, i, known, openers);
    if (found === null) {
      i++;
      continue;
    }
    const { length, group, candidate } = found;
    const mention: Mention = { candidate, typing: UNTYPED, entity: group };
    if (group < 0) {
      const type = lexiconType(candidate.key, text.slice(candidate.start, candidate.end));
      mention.typing = type ? sure(type) : UNTYPED;
      mention.entity = groups.length;
      groups.push({ words: candidate.key.split(' '), mentions: [], sure: type, guess: null });
      known.set(candidate.key, mention.entity);
    }
    groups[mention.entity].mentions.push(mention);
    out.push(mention);
    i += length;
  }
  return out;
}

/** Every form an entity was written in, and a person's surname alone, by folded key. */
function knownForms(groups: EntityGroup[]): Map<string, number> {
  const known = new Map<string, number>();
  groups.forEach((g, index) => {
    for (const m of g.mentions) if (!known.has(m.candidate.key)) known.set(m.candidate.key, index);
    if (!known.has(g.words.join(' '))) known.set(g.words.join(' '), index);
  });
  groups.forEach((g, index) => {
    const surname = g.words[g.words.length - 1];
    if (g.words.length > 1 && !known.has(surname)) known.set(surname, index);
  });
  return known;
}

function longestMatch(
  text: string,
  tokens: Token[],
  i: number,
  known: Map<string, number>,
  openers: ReadonlySet<string>,
): { length: number; group: number; candidate: Candidate } | null {
  // Keys of the phrases starting at i, one word longer each, while the words stay on one shouting line;
  // only a word that opens some known phrase can start one longer than itself.
  const keys = [tokens[i].key];
  const longest = openers.has(tokens[i].key) ? LONGEST : 1;
  for (let k = i + 1; k < tokens.length && keys.length < longest; k++) {
    if (!tokens[k].shouting || !tokens[k].joined || tokens[k - 1].possessive) break;
    keys.push(`${keys[keys.length - 1]} ${tokens[k].key}`);
  }
  for (let n = keys.length; n >= 1; n--) {
    const key = keys[n - 1];
    if (n === 1 && (SENTENCE_STARTERS.has(key) || PRONOUNS.has(key))) continue;
    const group = known.get(key);
    if (group === undefined && !isListed(key, text.slice(tokens[i].start, tokens[i + n - 1].end))) continue;
    const words = tokens.slice(i, i + n);
    return { length: n, group: group ?? -1, candidate: candidateOf(words, key) };
  }
  return null;
}

/** Lexicon entries; acronyms only when they are not also ordinary words ("WHO" in a headline is a question). */
function isListed(key: string, written: string): boolean {
  if (ORG_ACRONYMS.has(key) && !knownOrganization(key)) return key.length >= 2 && !WORD_ACRONYMS.has(key) && written === written.toUpperCase();
  return lexiconType(key, written) !== null;
}

const WORD_ACRONYMS = new Set(['who', 'ice', 'sec', 'it', 'us', 'un', 'abc', 'ge', 'hp', 'ey']);

function candidateOf(words: Token[], key: string): Candidate {
  return {
    tokens: words,
    start: words[0].start,
    end: words[words.length - 1].end,
    key,
    titled: false,
    honorific: false,
    sentenceInitial: words[0].sentenceInitial,
    shouting: true,
    before: '',
    beforeThat: '',
    after: '',
    commaThen: '',
    ampersand: false,
    placeSuffix: false,
  };
}
