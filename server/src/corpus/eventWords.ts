// Words that name an event: verbs ("crashed", "was shot", "took place") and the nouns news uses for
// events ("the attack", "the blast"), each folded into its kind, so that two outlets writing
// "the bombing" and "the explosion" name one event, and "came to Cincinnati" and "was transported to
// the Cincinnati Zoo" one move.
import { stem } from '../core/claims/keywords';

/** Kinds of event outlets name with different words; each word as the stem `stem` gives it. */
const KINDS: readonly (readonly [string, readonly string[]])[] = [
  // A bombing is an attack: outlets call one event "the attack", "the blast" and "the explosion".
  ['attack', [
    'attack', 'assault', 'raid', 'struck', 'storm', 'ambush', 'operation', 'blast', 'explosion', 'explod', 'bomb',
    'bombing', 'detonat', 'detonation', 'gunfire',
  ]],
  ['airstrike', ['airstrike', 'bombardment', 'shell']],
  ['kill', ['kill', 'shot', 'shoot', 'die', 'died', 'dy', 'dying', 'dead', 'death', 'slain', 'murder', 'stabb']],
  ['move', ['came', 'come', 'move', 'mov', 'transport', 'transfer', 'relocat', 'brought', 'arriv']],
  ['say', [
    'say', 'said', 'tell', 'told', 'stat', 'warn', 'urg', 'insist', 'add', 'interview', 'remark', 'statement', 'comment',
    'criticiz', 'criticis', 'slam', 'slamm', 'announc', 'declar', 'tweet', 'post', 'wrote', 'speech',
  ]],
  ['build', ['built', 'build', 'construct', 'complet', 'erect']],
  ['impose', ['impos', 'institut', 'introduc', 'enact']],
  ['found', ['found', 'establish', 'creat']],
  ['fall', ['fell', 'fall', 'tumbl', 'slipp', 'drop', 'dropp']],
  ['crash', ['crash', 'collid', 'collision', 'derail']],
  ['fire', ['fire', 'fir', 'blaze', 'blaz', 'burn', 'burnt']],
  ['arrest', ['arrest', 'detain', 'detention', 'captur']],
  ['elect', ['elect', 'election', 'vote', 'vot', 'poll', 'ballot']],
  ['meet', ['meet', 'met', 'meeting', 'talk', 'summit']],
  ['open', ['open', 'launch', 'inaugurat', 'unveil']],
  ['close', ['clos', 'closure', 'shut', 'shutdown']],
  ['sign', ['sign', 'signing', 'pass', 'approv', 'adopt']],
  ['born', ['born', 'birth', 'birthday']],
  ['happen', ['happen', 'occur', 'occurr', 'unfold']],
  ['perform', ['execut', 'carri', 'conduct', 'perform', 'stag', 'mount']],
  ['perceive', ['heard', 'hear', 'seen', 'felt', 'notic', 'spott']],
];

const KIND_OF: ReadonlyMap<string, string> = new Map(KINDS.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));

/** Nouns that name an event without a verb's ending ("the incident", "the crash"), besides the kinds above. */
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'incident', 'accident', 'attack', 'protest', 'rally', 'strike', 'war', 'battle', 'fight', 'flood', 'storm',
  'earthquake', 'quake', 'hurricane', 'shooting', 'trial', 'hearing', 'ceremony', 'celebration', 'party',
  'festival', 'concert', 'match', 'game', 'race', 'visit', 'trip', 'release', 'ruling', 'verdict', 'deal', 'encounter',
  'agreement', 'announcement', 'decision', 'invasion', 'coup', 'revolution', 'crisis', 'outbreak', 'rescue',
]);

/** Past forms that do not end in -ed, as news writes them. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'began', 'broke', 'brought', 'came', 'caught', 'drove', 'fell', 'flew', 'fled', 'fought', 'gave', 'got', 'grew',
  'held', 'hit', 'hurt', 'kept', 'knew', 'led', 'left', 'lost', 'made', 'met', 'paid', 'put', 'quit', 'ran', 'rose',
  'sank', 'saw', 'sent', 'set', 'shot', 'shut', 'slain', 'sold', 'spoke', 'spent', 'stole', 'stood', 'struck', 'swept',
  'threw', 'told', 'took', 'tore', 'won', 'wrote', 'born', 'heard', 'found', 'built', 'burnt',
]);

/** Words in -ed or -ing that are not events ("during", "morning", "wanted" is a verb, but "red" is not). */
const NOT_EVENTS: ReadonlySet<string> = new Set([
  'during', 'morning', 'evening', 'something', 'nothing', 'anything', 'everything', 'thing', 'king', 'ring',
  'spring', 'string', 'building', 'according', 'including', 'following', 'red', 'bed', 'need', 'feed', 'seed',
  'hundred', 'based', 'related', 'aged', 'expected', 'scheduled', 'planned', 'reported', 'alleged', 'supposed',
  'called', 'named', 'titled', 'operations', 'close', 'ceiling', 'sibling', 'darling', 'sterling', 'shilling', 'wedding', 'pudding',
]);

/** The kind of event a lower-case word names ("bombing" → "blast", "transported" → "move"), or null. */
export function eventKindOf(lower: string): string | null {
  // "reopen", "rebuild": done again, the same kind of event.
  const listed = listedEventKind(lower) ?? (lower.startsWith('re') ? listedEventKind(lower.slice(2)) : null);
  if (listed || NOT_EVENTS.has(lower) || lower.length < 3) return listed;
  const stemmed = stem(lower);
  if (IRREGULAR_PAST.has(lower)) return stemmed;
  if (lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed')) return stemmed;
  if (lower.length > 5 && lower.endsWith('ing')) return stemmed;
  return null;
}

/** The kind of an event word listed here, or null: for words joined from two ("air strikes"). */
export function listedEventKind(lower: string): string | null {
  if (NOT_EVENTS.has(lower)) return null;
  const stemmed = stem(lower);
  const kind = KIND_OF.get(stemmed) ?? KIND_OF.get(lower) ?? prefixKind(stemmed);
  if (kind) return kind;
  return EVENT_NOUNS.has(stemmed) || EVENT_NOUNS.has(lower) ? stemmed : null;
}

/** Words the stem leaves long ("announcement", "transferred", "attacker"): a listed start and a suffix
 *  that makes a noun or a verb form of it, never any longer word ("electricity" is no election). */
function prefixKind(stemmed: string): string | undefined {
  for (const suffix of SUFFIXES) {
    if (!stemmed.endsWith(suffix)) continue;
    const kind = KIND_OF.get(stemmed.slice(0, -suffix.length));
    if (kind) return kind;
  }
  return undefined;
}
const SUFFIXES = ['ement', 'ment', 'ation', 'ion', 'er', 'e', 'd', 'r'];

/** "happened", "took place", "carried out", "was heard": verbs that name no event themselves but hand
 *  on to the noun that does ("the attack happened at 11pm", "a blast was heard at 11pm"). */
export function isHappening(kind: string): boolean {
  return kind === 'happen' || kind === 'perform' || kind === 'perceive';
}
