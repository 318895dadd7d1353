// The collection of articles the language server and the CLI query. Articles are added and edited one
// at a time; each update re-indexes that article only and re-links it to the others through inverted
// indexes. Answers (clusters, stories, matches) are computed when asked and cached until the next
// change, and diagnostics are computed per article, so asking about one article after an edit costs
// time in that article's links, not in the collection's size.
import type { ArticleFacts, ArticleMetadata } from '../core/types';
import { failureDiagnostic, failureOf, isFailure, type AnalysisFailure } from './analysisFailure';
import { indexArticle, IndexedArticle } from './articleIndex';
import { ClusterIndex } from './clusterIndex';
import { ClusterCore, NameTable } from './clusters';
import { defaultConfig, ownEntry } from './config';
import { articleDiagnostics, DiagnosticContext } from './diagnostics';
import { normaliseQuoting } from './fold';
import { groupMatches } from './matchGroups';
import { NameKeys } from './nameKeys';
import { CandidateIndex, COMMON_KEY_HOLDERS, flipLinks, PairLinks } from './pairs';
import { Provenance, reuseLabel, ShingleIndex, shinglesOf, SourceIndex } from './provenance';
import { storyMembers, storyTied } from './stories';
import { SourceLabels, sourceLabelOf } from './sourceLabels';
import type { CollectionConfig, CollectionDiagnostic, EntityCluster, Location, MatchGroup } from './types';

const NO_LINKS: ReadonlyMap<string, PairLinks> = new Map();

/**
 * A pair's links are computed from the newer article's side and kept once: the other article holds
 * them as seen from there, turned around only when its findings are computed, so a large collection
 * does not hold every pair twice.
 */
type StoredLinks = PairLinks | { seenFromOther: PairLinks };

/** An article indexed but not yet in the indexes: what may fail on its own text, worked out before any index changes. */
interface PreparedIndex {
  article: IndexedArticle;
  names: string;
  shingles: Uint32Array;
  /** The names other articles may cite it by (its outlet and its title), and the names it cites. */
  sourceNames: (string | null)[];
  cited: string[];
  label: string;
}

export class Collection {
  private config: CollectionConfig;
  private keys: NameKeys;
  private ignoredTexts = new Set<string>();
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly shingles = new Map<string, Uint32Array>();
  private names = new NameTable();
  private clusterIndex: ClusterIndex;
  private candidates: CandidateIndex;
  private shingleIndex = new ShingleIndex();
  private readonly links = new Map<string, Map<string, StoredLinks>>();
  private readonly ties = new Map<string, Set<string>>();
  /** Articles that could not be analysed or indexed: kept with their text and why, left out of matching. */
  private readonly failed = new Map<string, { text: string; failure: AnalysisFailure }>();

  /** Members of each story computed since the last change, by member path. */
  private storyCache = new Map<string, string[]>();
  private matchCache: MatchGroup[] | null = null;
  private reuseCache = new Map<string, Provenance['derivedFrom']>();
  /** Each article's sources and cited articles, computed once per change: every finding of a story asks. */
  private sourcesCache = new Map<string, ReadonlySet<string>>();
  private citesCache = new Map<string, ReadonlySet<string>>();
  private sources = new SourceIndex();
  private readonly labels = new SourceLabels();

  /**
   * `commonAbove`: how many times a quote's words or a name may be held before only its first holders
   * are searched through it (a parameter so the behaviour at that limit can be tried on small collections).
   */
  constructor(config: CollectionConfig = defaultConfig(), private readonly commonAbove = COMMON_KEY_HOLDERS) {
    this.candidates = new CandidateIndex(commonAbove);
    this.config = config;
    this.keys = new NameKeys(config);
    this.ignoredTexts = new Set(config.ignore.map(normaliseQuoting));
    this.clusterIndex = new ClusterIndex(this.names, this.keys);
  }

  /** Applies new story knowledge (aliases, types, ignore lists): every article is re-indexed. */
  setConfig(config: CollectionConfig): void {
    const all: [string, string, ArticleFacts | AnalysisFailure][] = [...this.articles.values()].map((a) => [a.path, a.text, a.facts]);
    for (const [path, { text, failure }] of this.failed) all.push([path, text, failure]);
    this.config = config;
    this.keys = new NameKeys(config);
    this.ignoredTexts = new Set(config.ignore.map(normaliseQuoting));
    this.articles.clear();
    this.shingles.clear();
    this.links.clear();
    this.ties.clear();
    this.failed.clear();
    this.reuseCache.clear();
    this.names = new NameTable();
    this.clusterIndex = new ClusterIndex(this.names, this.keys);
    this.candidates = new CandidateIndex(this.commonAbove);
    this.shingleIndex = new ShingleIndex();
    this.sources = new SourceIndex();
    for (const [path, text, facts] of all) this.load(path, text, facts);
  }

  /**
   * Adds or replaces an article; returns the paths whose results may have changed. An article whose
   * analysis failed, or that fails to index, is kept with that failure as its one finding.
   */
  update(path: string, text: string, analysis: ArticleFacts | AnalysisFailure): string[] {
    const changed = new Set<string>([path, ...this.storyMembersOf(path)]);
    const retied = new Set<string>([path]);
    const old = this.articles.get(path);
    const next = this.prepareIndex(path, text, analysis);
    const namesChanged = !old || isFailure(next) || namesSignature(old) !== next.names;
    if (old) this.detach(old, namesChanged, changed, retied);
    this.failed.delete(path);
    if (isFailure(next)) {
      this.articles.delete(path);
      this.failed.set(path, { text, failure: next });
    } else if (this.attach(next, namesChanged, changed, retied) && namesChanged) this.markNameHolders(next.article, changed);
    const now = this.articles.get(path);
    if (!old || !now || sourceNamesChanged(old, now)) this.markCiters([old, now], changed);
    this.settle(changed, retied, path);
    this.invalidate();
    for (const p of retied) for (const member of this.storyMembersOf(p)) changed.add(member);
    return [...changed].filter((p) => this.holds(p)).sort();
  }

  /**
   * Adds an article not yet in the collection while the collection is being read in: nobody has seen
   * its findings yet, so what changed is not worked out, which on a large collection is much of the cost.
   */
  load(path: string, text: string, analysis: ArticleFacts | AnalysisFailure): void {
    if (this.holds(path)) {
      this.update(path, text, analysis);
      return;
    }
    const next = this.prepareIndex(path, text, analysis);
    if (isFailure(next)) this.failed.set(path, { text, failure: next });
    else this.attach(next, true, new Set(), new Set());
    this.invalidate();
  }

  /** Indexes an article without changing any index, so that an exception on its text leaves the collection as it was. */
  private prepareIndex(path: string, text: string, analysis: ArticleFacts | AnalysisFailure): PreparedIndex | AnalysisFailure {
    if (isFailure(analysis)) return analysis;
    try {
      const article = indexArticle(path, text, analysis, this.keys);
      const { metadata, cites } = analysis;
      const outlet = this.outletOf(path, metadata);
      return {
        article,
        names: namesSignature(article),
        shingles: shinglesOf(text, analysis),
        sourceNames: [outlet, metadata.title],
        cited: cites.map((c) => c.name),
        label: sourceLabelOf(path, metadata, outlet),
      };
    } catch (error) {
      return failureOf(error);
    }
  }

  /**
   * Puts a prepared article into every index and links it to the others, marking them changed; false
   * when linking it failed, which leaves it out of every index, kept with the failure as its finding.
   */
  private attach({ article, shingles, sourceNames, cited, label }: PreparedIndex, namesChanged: boolean, changed: Set<string>, retied: Set<string>): boolean {
    const { path, facts } = article;
    this.articles.set(path, article);
    this.sources.add(path, sourceNames, cited);
    this.labels.set(path, label);
    this.candidates.add(article);
    if (namesChanged) this.names.add(path, facts, article.names, 1);
    this.shingles.set(path, shingles);
    this.shingleIndex.add(path, shingles);
    this.forgetReuse(shingles, changed);
    try {
      this.link(article, changed, retied);
      return true;
    } catch (error) {
      this.fail(article, error, changed, retied);
      return false;
    }
  }

  /** Takes an article that could not be linked out of every index, keeping it with why as its finding. */
  private fail(a: IndexedArticle, error: unknown, changed: Set<string>, retied: Set<string>): void {
    this.detach(a, true, changed, retied);
    this.articles.delete(a.path);
    this.failed.set(a.path, { text: a.text, failure: failureOf(error) });
  }

  /**
   * Finds what an article shares with the others and the articles of its story. Both depend only on
   * the two articles of each pair and on which keys are common now, so a pair comes out the same
   * whichever of its articles is linked, and whenever.
   */
  private link(a: IndexedArticle, changed: Set<string>, retied: Set<string>): void {
    const storyCandidates = this.candidates.storyCandidates(a);
    const links = this.candidates.linksOf(a, (p) => this.articles.get(p), storyCandidates);
    this.links.set(a.path, links);
    for (const [other, l] of links) {
      this.linksOfMut(other).set(a.path, { seenFromOther: l });
      changed.add(other);
    }
    for (const other of new Set<string>([...storyCandidates, ...links.keys()])) {
      const b = this.articles.get(other);
      if (!b || !storyTied(a, b, links.get(other))) continue;
      this.tie(a.path, other);
      retied.add(other);
    }
  }

  /** Takes an article's links and ties out of the collection, marking the articles it shared them with. */
  private unlink(path: string, changed: Set<string>, retied: Set<string>): void {
    for (const other of this.links.get(path)?.keys() ?? []) {
      this.links.get(other)?.delete(path);
      changed.add(other);
    }
    this.links.delete(path);
    for (const other of this.ties.get(path) ?? []) {
      this.ties.get(other)?.delete(path);
      retied.add(other);
    }
    this.ties.delete(path);
  }

  /**
   * Links again the articles holding a quote's words or a name that became common or rare: what they
   * share with others is found through the keys that are rare now, as a fresh read would find it.
   * `linked` was just linked with the keys as they are.
   */
  private settle(changed: Set<string>, retied: Set<string>, linked?: string): void {
    for (const p of this.candidates.takeUnsettled()) {
      const a = this.articles.get(p);
      if (!a || p === linked) continue;
      this.unlink(p, changed, retied);
      try {
        this.link(a, changed, retied);
      } catch (error) {
        this.fail(a, error, changed, retied);
      }
      changed.add(p);
      retied.add(p);
    }
  }

  /** Settles the links before a question is answered, after articles were loaded without being asked about. */
  private settled(): void {
    const changed = new Set<string>();
    this.settle(changed, new Set());
    if (changed.size > 0) this.invalidate();
  }

  /** True when the collection holds the article, analysed or failed. */
  private holds(path: string): boolean {
    return this.articles.has(path) || this.failed.has(path);
  }

  /** Removes an article; returns the paths whose results may have changed. */
  remove(path: string): string[] {
    if (this.failed.delete(path)) return [];
    const old = this.articles.get(path);
    if (!old) return [];
    const changed = new Set<string>(this.storyMembersOf(path));
    const retied = new Set<string>();
    this.detach(old, true, changed, retied);
    this.articles.delete(path);
    this.markCiters([old], changed);
    this.settle(changed, retied);
    this.invalidate();
    for (const p of retied) for (const member of this.storyMembersOf(p)) changed.add(member);
    changed.delete(path);
    return [...changed].filter((p) => this.holds(p)).sort();
  }

  /**
   * Does ahead of time what the first edit of a name would otherwise do on a large collection (about a
   * second at 10,000 articles): for an editor to call once the collection is read in and idle.
   */
  prepareEdits(): void {
    this.clusterIndex.prepareEdits();
  }

  paths(): string[] {
    return [...this.articles.keys(), ...this.failed.keys()].sort();
  }

  text(path: string): string | undefined {
    return this.articles.get(path)?.text ?? this.failed.get(path)?.text;
  }

  /** The analysis of an article; undefined for one that failed (see `failure`). */
  facts(path: string): ArticleFacts | undefined {
    return this.articles.get(path)?.facts;
  }

  /** Why the article could not be analysed, or undefined when it was. */
  failure(path: string): string | undefined {
    return this.failed.get(path)?.failure.failure;
  }

  clusters(): EntityCluster[] {
    const byId = new Map<string, EntityCluster>();
    for (const a of [...this.articles.values()].sort((x, y) => (x.path < y.path ? -1 : 1))) {
      for (const m of a.facts.entities) {
        const core = this.clusterOfEntity(a, m.entity);
        if (!core) continue;
        let c = byId.get(core.id);
        if (!c) byId.set(core.id, (c = { id: core.id, name: core.name, type: core.type, aliases: core.aliases, documents: [], mentions: [] }));
        if (c.documents[c.documents.length - 1] !== a.path) c.documents.push(a.path);
        c.mentions.push({ path: a.path, start: m.start, end: m.end, text: a.text.slice(m.start, m.end) });
      }
    }
    return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
  }

  clusterIdOf(path: string, entityIndex: number): string | undefined {
    const a = this.articles.get(path);
    return a ? this.clusterOfEntity(a, entityIndex)?.id : undefined;
  }

  /** The cluster of the name at an offset, with every mention across the collection (for hovers). */
  clusterAt(path: string, offset: number): EntityCluster | undefined {
    const a = this.articles.get(path);
    const mention = a?.facts.entities.find((m) => m.start <= offset && offset < m.end);
    const core = a && mention ? this.clusterOfEntity(a, mention.entity) : undefined;
    if (!core) return undefined;
    const holders = new Set<string>();
    for (const key of core.keys) for (const p of this.names.stats.get(key)?.articles.keys() ?? []) holders.add(p);
    const mentions: Location[] = [];
    for (const p of [...holders].sort()) {
      const b = this.articles.get(p)!;
      for (const m of b.facts.entities) {
        if (this.clusterOfEntity(b, m.entity) === core) mentions.push({ path: p, start: m.start, end: m.end, text: b.text.slice(m.start, m.end) });
      }
    }
    return { id: core.id, name: core.name, type: core.type, aliases: core.aliases, documents: [...new Set(mentions.map((m) => m.path))], mentions };
  }

  matches(): MatchGroup[] {
    if (!this.matchCache) this.matchCache = groupMatches(this.context(), inPathOrder([...this.articles.values()]), this.provenanceLookup());
    return this.matchCache;
  }

  /**
   * The match groups of one article (the side panel's and hovers' data): each of its quotes, figures
   * and dates with the places other articles match it. Built from this article's own matches only, so
   * it costs one article's matching, not its neighbours', however many articles tell the story.
   */
  matchesFor(path: string): MatchGroup[] {
    const a = this.articles.get(path);
    return a ? groupMatches(this.context(), [a], this.provenanceLookup()) : [];
  }

  /**
   * The findings of one article, computed when asked and not kept: each is asked for about once per
   * change (to publish it), and a large collection's findings would hold tens of MB.
   */
  diagnostics(path: string): CollectionDiagnostic[] {
    const failed = this.failed.get(path);
    if (failed) return [failureDiagnostic(path, failed.text, failed.failure)];
    const a = this.articles.get(path);
    if (!a) return [];
    try {
      return articleDiagnostics(this.context(), a);
    } catch (error) {
      return [failureDiagnostic(path, a.text, failureOf(error))];
    }
  }

  /** Sources the article cites, and the articles whose text it reuses. */
  provenanceOf(path: string): Provenance {
    const a = this.articles.get(path);
    if (!a) return { cites: [], derivedFrom: [] };
    const cites = a.facts.cites.map((c) => {
      const cited = this.sources.articleNamed(c.name);
      return { name: c.name, text: c.text, start: c.start, end: c.end, path: cited && cited !== path ? cited : null };
    });
    return { cites, derivedFrom: this.derivedFrom(path) };
  }

  /** Story id of an article (articles covering the same event share it). */
  storyOf(path: string): string {
    this.settled();
    return this.storyIdOf(path);
  }

  /** Story id of an article in a collection already settled. */
  private storyIdOf(path: string): string {
    return `story:${this.storyMembersOf(path)[0] ?? path}`;
  }

  private derivedFrom(path: string): Provenance['derivedFrom'] {
    let cached = this.reuseCache.get(path);
    if (!cached) {
      cached = this.computeDerivedFrom(path);
      this.reuseCache.set(path, cached);
    }
    return cached;
  }

  private computeDerivedFrom(path: string): Provenance['derivedFrom'] {
    const a = this.articles.get(path)!;
    const mine = this.shingles.get(path)!;
    const published = a.facts.metadata.published;
    const out: Provenance['derivedFrom'] = [];
    for (const [other, share] of this.shingleIndex.reuseOf(path, mine)) {
      const theirs = this.articles.get(other)?.facts.metadata.published;
      // A text cannot reuse one published after it.
      if (published && theirs && theirs > published) continue;
      out.push({ path: other, reuse: Math.round(share * 1000) / 1000, label: reuseLabel(share) });
    }
    return out.sort((x, y) => y.reuse - x.reuse || (x.path < y.path ? -1 : 1));
  }

  /** Articles of the collection this one cites or reuses. */
  private sourcesOf(path: string): ReadonlySet<string> {
    let sources = this.sourcesCache.get(path);
    if (!sources) {
      sources = new Set([...this.derivedFrom(path).map((d) => d.path), ...this.citesOf(path)]);
      this.sourcesCache.set(path, sources);
    }
    return sources;
  }

  /** Articles of the collection this one cites by name. */
  private citesOf(path: string): ReadonlySet<string> {
    let cites = this.citesCache.get(path);
    if (!cites) {
      cites = new Set(this.provenanceOf(path).cites.flatMap((c) => (c.path ? [c.path] : [])));
      this.citesCache.set(path, cites);
    }
    return cites;
  }

  private provenanceLookup(): (path: string) => string[] {
    return (path) => this.derivedFrom(path).filter((d) => d.label === 'wholly').map((d) => d.path);
  }

  private detach(old: IndexedArticle, namesChanged: boolean, changed: Set<string>, retied: Set<string>): void {
    const path = old.path;
    this.candidates.remove(old);
    this.sources.remove(path);
    this.labels.remove(path);
    if (namesChanged) {
      this.markNameHolders(old, changed);
      this.names.add(path, old.facts, old.names, -1);
    }
    this.forgetReuse(this.shingles.get(path)!, changed);
    this.shingleIndex.remove(path, this.shingles.get(path)!);
    this.shingles.delete(path);
    this.unlink(path, changed, retied);
  }

  /** Articles naming the same people or bodies may see their usual spellings change. */
  private markNameHolders(a: IndexedArticle, changed: Set<string>): void {
    for (const k of a.names.entityKeys) for (const p of this.names.stats.get(k.key)?.articles.keys() ?? []) changed.add(p);
  }

  /**
   * Articles citing an article's outlet or title by name: whether the name stands for an article of
   * the collection, and which, changes their sources, and so the findings of the articles they share with.
   */
  private markCiters(articles: (IndexedArticle | undefined)[], changed: Set<string>): void {
    for (const a of articles) {
      if (!a) continue;
      for (const name of [this.outletOf(a.path, a.facts.metadata), a.facts.metadata.title]) {
        for (const citer of name ? this.sources.citersOf(name) : []) this.markWithPartners(citer, changed);
      }
    }
  }

  /** An article whose sources changed, and the articles whose findings count its sources. */
  private markWithPartners(path: string, changed: Set<string>): void {
    changed.add(path);
    for (const other of this.links.get(path)?.keys() ?? []) changed.add(other);
  }

  private invalidate(): void {
    this.storyCache = new Map();
    this.matchCache = null;
    this.sourcesCache = new Map();
    this.citesCache = new Map();
  }

  /** Reuse shares change only for articles sharing text with the edited one. */
  private forgetReuse(shingles: Uint32Array, changed: Set<string>): void {
    for (const p of this.shingleIndex.holdersOf(shingles)) {
      this.reuseCache.delete(p);
      this.markWithPartners(p, changed);
    }
  }

  /**
   * An article's links in the other articles' path order, not the order they were found in, so that
   * findings list their sources the same way whatever order the articles were added in.
   */
  private linksInPathOrder(path: string): ReadonlyMap<string, PairLinks> {
    const links = this.links.get(path);
    if (!links) return NO_LINKS;
    const sorted = links.size < 2 ? [...links] : [...links].sort(([x], [y]) => (x < y ? -1 : 1));
    return new Map(sorted.map(([other, l]) => [other, 'seenFromOther' in l ? flipLinks(l.seenFromOther) : l]));
  }

  private linksOfMut(path: string): Map<string, StoredLinks> {
    let l = this.links.get(path);
    if (!l) this.links.set(path, (l = new Map()));
    return l;
  }

  private tie(a: string, b: string): void {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      let set = this.ties.get(x);
      if (!set) this.ties.set(x, (set = new Set()));
      set.add(y);
    }
  }

  /** The articles of a path's story, sorted (the first names the story); a walk over ties, cached. */
  private storyMembersOf(path: string): string[] {
    if (!this.articles.has(path)) return [];
    let members = this.storyCache.get(path);
    if (!members) {
      members = storyMembers(path, this.ties);
      for (const p of members) this.storyCache.set(p, members);
    }
    return members;
  }

  private clusterOfEntity(a: IndexedArticle, entity: number): ClusterCore | undefined {
    const key = a.names.entityKeys[entity];
    return key ? this.clusterIndex.clusterOf(key.key) : undefined;
  }

  /** The outlet the article names, or the one the config gives for its path. */
  private outletOf(path: string, metadata: ArticleMetadata): string | null {
    return metadata.outlet ?? configEntry(this.config.outlets, path) ?? null;
  }

  private context(): DiagnosticContext {
    this.settled();
    // One article's findings ask for its links several times in a row. Only the last article's are
    // kept: a request over the whole collection would otherwise hold every article's links turned around.
    let lastAsked: { path: string; links: ReadonlyMap<string, PairLinks> } | undefined;
    return {
      article: (p) => this.articles.get(p),
      links: (p) => {
        if (lastAsked?.path !== p) lastAsked = { path: p, links: this.linksInPathOrder(p) };
        return lastAsked.links;
      },
      storyOf: (p) => this.storyIdOf(p),
      clusterIdOf: (p, e) => this.clusterIdOf(p, e),
      outletOf: (p) => this.labels.nameOf(p),
      storySize: (p) => Math.max(1, this.storyMembersOf(p).length),
      clusterOf: (p, e) => {
        const a = this.articles.get(p);
        return a ? this.clusterOfEntity(a, e) : undefined;
      },
      taughtSpelling: (s) => this.keys.taught(s),
      storyMembers: (p) => this.storyMembersOf(p),
      saidDifferent: (x, y) => this.keys.saidDifferent(x, y),
      sourcesOf: (p) => this.sourcesOf(p),
      citesOf: (p) => this.citesOf(p),
      ignored: (t) => t !== '' && this.ignoredTexts.has(normaliseQuoting(t)),
      ignoresAnything: this.ignoredTexts.size > 0,
    };
  }
}

/** A per-file config entry, whether the collection uses relative paths or URIs. */
export function configEntry(map: Record<string, string>, path: string): string | undefined {
  const exact = ownEntry(map, path);
  if (exact !== undefined) return exact;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A path with a stray % is used as written.
  }
  for (const [key, value] of Object.entries(map)) if (decoded.endsWith('/' + key.replace(/^\.?\//, ''))) return value;
  return undefined;
}

/**
 * Articles sorted by path: a group's note is taken from the first edge found, which must not depend
 * on the order the articles were added or edited in.
 */
function inPathOrder(articles: IndexedArticle[]): IndexedArticle[] {
  return articles.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

/** True when an edit changed the names an article is published under, which citations resolve to. */
function sourceNamesChanged(old: IndexedArticle, next: IndexedArticle): boolean {
  return old.facts.metadata.outlet !== next.facts.metadata.outlet || old.facts.metadata.title !== next.facts.metadata.title;
}

/**
 * What the clusters depend on in an article: names, their types and in-article aliases. Not how often
 * a name is mentioned: each article is one vote for its names, however often it repeats them.
 */
function namesSignature(a: IndexedArticle): string {
  const entities = a.facts.entityList.map((e, i) => `${a.names.entityKeys[i]!.key}=${e.name}`);
  const aliases = a.names.aliasLinks.map((l) => `${l.alias}>${l.target}:${l.spelling}`);
  return entities.join('\n') + '\n--\n' + aliases.join('\n');
}
