// Names spelled unlike the rest of the collection. Two kinds, told apart by what a fact-checker does
// with them: a spelling one outlet alone writes, one letter off the spelling several others agree on
// ("Harabe" for "Harambe"), is a likely slip worth checking (information); accents dropped or added, or
// a one-letter difference several outlets each keep to ("Mazar-e-Sharif", "Mazar-i-Sharif"), is a
// convention of transliteration or house style (hint). The usual spelling is the one most articles
// write, never a minority one.
import type { IndexedArticle } from './articleIndex';
import type { ClusterCore } from './clusters';
import { oneLetterApart } from './clusters';
import { foldName } from './fold';
import type { CollectionDiagnostic } from './types';

export interface NameVariantContext {
  article(path: string): IndexedArticle | undefined;
  clusterOf(path: string, entity: number): ClusterCore | undefined;
  /** The articles of a path's story, itself included. */
  storyMembers(path: string): readonly string[];
  /** True when the user accepted this spelling as an alias. */
  taughtSpelling(spelling: string): boolean;
  /** True when the user said the two names are different entities. */
  saidDifferent(a: string, b: string): boolean;
}

export function nameVariantDiagnostics(ctx: NameVariantContext, a: IndexedArticle): CollectionDiagnostic[] {
  const members = ctx.storyMembers(a.path);
  const story = namesOfStory(ctx, members);
  return [...accentDiagnostics(ctx, a, story.names), ...(members.length < 3 ? [] : oneLetterDiagnostics(ctx, a, story))];
}

/** The part of the usual name a mention stands for: the whole name, or its last words ("Díaz-Canel"). */
function usualFormOf(mention: string, usual: string): string | null {
  const folded = foldName(mention);
  if (folded === foldName(usual)) return usual;
  const words = usual.split(/\s+/);
  const count = mention.trim().split(/\s+/).length;
  const tail = words.slice(-count).join(' ');
  return count < words.length && foldName(tail) === folded ? tail : null;
}

function lettersOf(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Mentions written with other accents than the cluster's usual name, which most articles write. */
function accentDiagnostics(ctx: NameVariantContext, a: IndexedArticle, names: Map<string, StoryName>): CollectionDiagnostic[] {
  const out: CollectionDiagnostic[] = [];
  for (const m of a.facts.entities) {
    const cluster = ctx.clusterOf(a.path, m.entity);
    if (!cluster || m.text === cluster.name || ctx.taughtSpelling(m.text)) continue;
    const usual = usualFormOf(m.text, cluster.name);
    // Only letters that differ (accents) make a variant; case, dots and hyphens are house style.
    if (!usual || lettersOf(usual) === lettersOf(m.text)) continue;
    out.push({
      path: a.path,
      start: m.start,
      end: m.end,
      severity: 'hint',
      code: 'name-variant',
      message: `“${m.text}” is written “${usual}” ${whereWritten(names.get(foldName(m.text))?.written.get(usual) ?? 0)} (accents only)`,
      related: [],
      fixes: [
        { title: `Use “${usual}”`, kind: 'replace', start: m.start, end: m.end, newText: usual },
        { title: `Accept “${m.text}” as a spelling of ${cluster.name}`, kind: 'teach', teach: { alias: { name: cluster.name, alias: m.text } } },
      ],
    });
  }
  return out;
}

/** Says how many articles of the story write the usual form; the collection's other stories when none. */
function whereWritten(articles: number): string {
  if (articles === 0) return 'elsewhere in this collection';
  return articles === 1 ? 'in 1 other article' : `in ${articles} other articles`;
}

/** How the story's articles write one folded name: the articles using it and its commonest written form. */
interface StoryName {
  words: string[];
  paths: Set<string>;
  written: Map<string, number>;
  /** Articles naming it as a full name of two words or more, where a near spelling is another person. */
  fullIn: Set<string>;
}

function storyNames(ctx: NameVariantContext, paths: readonly string[]): Map<string, StoryName> {
  const names = new Map<string, StoryName>();
  for (const path of paths) {
    const article = ctx.article(path);
    if (!article) continue;
    /** The written forms of each name already counted for this article. */
    const counted = new Map<StoryName, Set<string>>();
    for (const m of article.facts.entities) {
      const folded = foldName(m.text);
      if (folded === '') continue;
      let name = names.get(folded);
      if (!name) names.set(folded, (name = { words: folded.split(' '), paths: new Set(), written: new Map(), fullIn: new Set() }));
      name.paths.add(path);
      let forms = counted.get(name);
      if (!forms) counted.set(name, (forms = new Set()));
      // Written forms count articles too, so one article repeating its spelling does not outvote others.
      if (!forms.has(m.text)) name.written.set(m.text, (name.written.get(m.text) ?? 0) + 1);
      forms.add(m.text);
      if (name.words.length >= 2) name.fullIn.add(path);
    }
  }
  return names;
}

/** Shortest word a one-letter slip is looked for in: "Iran" and "Iraq" are two countries. */
const MIN_SLIP_WORD = 5;

/** Endings that make another word of a name, not a slip: "Austrian", "Steelers", "Germany". */
const INFLECTIONS = new Set(['s', 'n', 'y']);

/** The one word two names differ in, when it is one letter off and no inflection; else null. */
function slipOf(x: string[], y: string[]): [string, string] | null {
  if (x.length !== y.length) return null;
  let slip: [string, string] | null = null;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (slip) return null;
    slip = [x[i]!, y[i]!];
  }
  if (!slip) return null;
  const [p, q] = slip;
  if (Math.min(p.length, q.length) < MIN_SLIP_WORD || !oneLetterApart(p, q)) return null;
  const [short, long] = p.length < q.length ? [p, q] : [q, p];
  if (long.length > short.length && long.startsWith(short) && INFLECTIONS.has(long.slice(short.length))) return null;
  return slip;
}

function commonest(written: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [form, count] of written) if (count > n) [best, n] = [form, count];
  return best;
}

/**
 * The story's names, once per story while it is unchanged: the collection hands every member of a
 * story the same members list until an edit, and every member's findings need the whole story's names.
 */
const storiesRead = new WeakMap<readonly string[], StoryNames>();

interface StoryNames {
  names: Map<string, StoryName>;
  /** Folded names by length, where one-letter slips of a name are looked for. */
  byLength: Map<number, string[]>;
  /** Near spellings of each folded name found so far (see nearSpellings). */
  near: Map<string, StoryName[]>;
}

function namesOfStory(ctx: NameVariantContext, members: readonly string[]): StoryNames {
  let read = storiesRead.get(members);
  if (!read) {
    const names = storyNames(ctx, members);
    const byLength = new Map<number, string[]>();
    for (const folded of names.keys()) {
      const list = byLength.get(folded.length);
      if (list) list.push(folded);
      else byLength.set(folded.length, [folded]);
    }
    storiesRead.set(members, (read = { names, byLength, near: new Map() }));
  }
  return read;
}

/** Mentions one letter off a spelling more articles of the story write. */
function oneLetterDiagnostics(ctx: NameVariantContext, a: IndexedArticle, story: StoryNames): CollectionDiagnostic[] {
  const out: CollectionDiagnostic[] = [];
  for (const m of a.facts.entities) {
    const folded = foldName(m.text);
    const mine = story.names.get(folded);
    if (!mine || ctx.taughtSpelling(m.text)) continue;
    const usual = usualNear(ctx, story, folded, mine, a.path);
    if (!usual) continue;
    const [form, other] = usual;
    const others = [...other.paths].filter((p) => p !== a.path).length;
    const alone = mine.paths.size === 1;
    out.push({
      path: a.path,
      start: m.start,
      end: m.end,
      severity: alone ? 'information' : 'hint',
      code: 'name-variant',
      message: alone
        ? `“${m.text}” is one letter off “${form}”, as ${others} other articles write it: check the spelling`
        : `“${m.text}” is written “${form}” in ${others} other articles, “${m.text}” in ${mine.paths.size} (transliteration or house style)`,
      related: [],
      fixes: [
        { title: `Use “${form}”`, kind: 'replace', start: m.start, end: m.end, newText: form },
        { title: `Accept “${m.text}” as a spelling of ${form}`, kind: 'teach', teach: { alias: { name: form, alias: m.text } } },
      ],
    });
  }
  return out;
}

/** The near spelling more articles write than `folded`, at least two besides this one; else null. */
function usualNear(ctx: NameVariantContext, story: StoryNames, folded: string, mine: StoryName, path: string): [string, StoryName] | null {
  let best: StoryName | null = null;
  for (const other of nearSpellings(ctx, story, folded, mine)) {
    if (other.paths.size - (other.paths.has(path) ? 1 : 0) < 2) continue;
    if (!best || other.paths.size > best.paths.size) best = other;
  }
  return best && [commonest(best.written), best];
}

/**
 * The story's names one letter off `folded` that more articles write, in the order they are looked
 * for: found once per story, though every mention of the name in every article of the story asks.
 */
function nearSpellings(ctx: NameVariantContext, story: StoryNames, folded: string, mine: StoryName): StoryName[] {
  let near = story.near.get(folded);
  if (near) return near;
  near = [];
  for (const length of [folded.length - 1, folded.length, folded.length + 1]) {
    for (const candidate of story.byLength.get(length) ?? []) {
      const other = story.names.get(candidate)!;
      if (candidate === folded || other.paths.size <= mine.paths.size) continue;
      if (!slipOf(mine.words, other.words) || ctx.saidDifferent(folded, candidate)) continue;
      // Both written out in full in one article: two people, as brothers "Mario" and "Marco" would be.
      if ([...mine.fullIn].some((p) => other.fullIn.has(p))) continue;
      near.push(other);
    }
  }
  story.near.set(folded, near);
  return near;
}
