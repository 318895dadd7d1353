// Mutation benchmark: does Crosscheck notice when one outlet's copy of a corroborated fact changes?
// For the sample collection (samples/, loaded as the CLI loads it) and the seed articles
// (../shared/seeds, when present), every member of every agreeing figure or date group and of every
// quote group that agrees or is a variant is changed, one at a time, in a copy of the collection: a
// figure or date goes up by one (a weekday or month word moves to the next one), a quote has its
// longest word replaced. The copy is re-analysed and detection means a conflicting-number,
// conflicting-date or conflicting-quote on the changed item. A changed approximate figure that the
// other members' approximations still cover ("about 300" → "about 301") is no detectable conflict and
// is counted apart. Also checked: the unchanged collection raises only its planted conflicts, and a
// mutation raises no conflict elsewhere.
// Run: npx tsx bench/mutations.ts [--verbose]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../server/src/core/analyze';
import type { ArticleFacts, Figure } from '../server/src/core/types';
import { figuresAgree } from '../server/src/corpus/claims';
import { Collection } from '../server/src/corpus/collection';
import type { CollectionConfig, CollectionDiagnostic, MatchGroup, MatchMember } from '../server/src/corpus/types';
import { loadInputs } from '../server/src/workspace/loadInputs';

const REPO = join(__dirname, '..');
const SEEDS = join(REPO, '..', 'shared', 'seeds');
const verbose = process.argv.includes('--verbose');
const CONFLICT_CODES = new Set(['conflicting-number', 'conflicting-date', 'conflicting-quote']);
/** Conflicts the unchanged sample collection is meant to raise (samples/PLANTED.md, items a, d, e). */
const PLANTED_SAMPLE_CONFLICTS = 6;

interface Article {
  path: string;
  text: string;
  facts: ArticleFacts;
}

interface Corpus {
  name: string;
  config: CollectionConfig | undefined;
  articles: Article[];
  plantedConflicts: number | null;
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The member's text with its figure or date changed by one step, or null when nothing in it can be
 * changed that way. Digits: the last number goes up by one (a day of 28 or more goes down, so it
 * stays a valid day). Else a number word, weekday or month name moves to the next.
 */
function changedFigureOrDate(text: string, kind: 'number' | 'date'): string | null {
  const digits = [...text.matchAll(/\d[\d,]*/g)].pop();
  if (digits) {
    const n = Number(digits[0].replace(/,/g, ''));
    const isDay = kind === 'date' && n <= 31 && !/^\d{4}$/.test(digits[0]);
    const next = isDay && n >= 28 ? n - 1 : n + 1;
    const written = digits[0].includes(',') ? next.toLocaleString('en-US') : String(next);
    return text.slice(0, digits.index) + written + text.slice(digits.index! + digits[0].length);
  }
  for (const list of [NUMBER_WORDS, WEEKDAYS, MONTHS]) {
    for (const [i, word] of list.entries()) {
      const at = text.toLowerCase().search(new RegExp(`\\b${word.toLowerCase()}\\b`));
      if (at < 0) continue;
      let next = list[(i + 1) % list.length]!;
      if (text[at] === text[at]!.toLowerCase()) next = next.toLowerCase();
      return text.slice(0, at) + next + text.slice(at + word.length);
    }
  }
  return null;
}

/**
 * The quote with its longest word that every other wording also holds (so the change falls inside a
 * fragment another outlet quotes) replaced by another word of no relation to it.
 */
function changedQuote(text: string, others: string[]): string | null {
  const inAll = (word: string) => others.every((o) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(o));
  const words = [...text.matchAll(/\p{L}+/gu)].filter((w) => inAll(w[0]));
  if (words.length === 0) return null;
  const longest = words.reduce((a, b) => (b[0].length > a[0].length ? b : a));
  const replacement = longest[0].toLowerCase() === 'tomorrow' ? 'yesterday' : 'tomorrow';
  return text.slice(0, longest.index) + replacement + text.slice(longest.index! + longest[0].length);
}

function build(corpus: Corpus, replaced?: Article): Collection {
  const collection = new Collection(corpus.config);
  for (const a of corpus.articles) {
    const use = replaced && replaced.path === a.path ? replaced : a;
    collection.update(use.path, use.text, use.facts);
  }
  return collection;
}

function conflictsOf(collection: Collection, corpus: Corpus): CollectionDiagnostic[] {
  return corpus.articles.flatMap((a) => collection.diagnostics(a.path).filter((d) => CONFLICT_CODES.has(d.code)));
}

const diagnosticKey = (d: CollectionDiagnostic) => `${d.path}:${d.start}:${d.code}`;

/** The figure the analysis finds at a place in an article, if any. */
function figureAt(facts: ArticleFacts, start: number, end: number): Figure | null {
  for (const c of facts.claims) for (const f of c.figures) if (f.start < end && start < f.end) return f;
  return null;
}

/** True when either figure is approximate and its interval holds the other's value. */
function insideApproximation(a: Figure, b: Figure): boolean {
  return (a.approximate && a.low <= b.value && b.value <= a.high) || (b.approximate && b.low <= a.value && a.value <= b.high);
}

interface Outcome {
  trials: number;
  detected: number;
  covered: string[];
  unchangeable: string[];
  misses: string[];
  strayConflicts: string[];
}

function runCorpus(corpus: Corpus): Outcome {
  const base = build(corpus);
  const baseConflicts = conflictsOf(base, corpus);
  const baseKeys = new Set(baseConflicts.map(diagnosticKey));
  console.log(`\n${corpus.name}: ${corpus.articles.length} articles; conflicts on the unchanged copy: ${baseConflicts.length}` +
    (corpus.plantedConflicts === null ? '' : ` (planted: ${corpus.plantedConflicts})`));
  for (const d of baseConflicts) console.log(`  ${d.code} ${d.path}: ${d.message}`);

  const groups = base
    .matches()
    .filter((g) => ((g.kind === 'number' || g.kind === 'date') && g.status === 'agrees') || (g.kind === 'quote' && (g.status === 'agrees' || g.status === 'variant')));
  const byPath = new Map(corpus.articles.map((a) => [a.path, a]));
  const outcome: Outcome = { trials: 0, detected: 0, covered: [], unchangeable: [], misses: [], strayConflicts: [] };
  const describe = (g: MatchGroup, m: MatchMember, changed: string) => `${g.kind} ${m.path}: “${m.text}” → “${changed}” (${g.note})`;

  for (const g of groups) {
    for (const m of g.members) {
      const article = byPath.get(m.path)!;
      const others = g.members.filter((o) => o.path !== m.path);
      const changed = g.kind === 'quote' ? changedQuote(m.text, others.map((o) => o.text)) : changedFigureOrDate(m.text, g.kind as 'number' | 'date');
      if (changed === null) {
        outcome.unchangeable.push(`${g.kind} ${m.path}: “${m.text}”`);
        continue;
      }
      const text = article.text.slice(0, m.start) + changed + article.text.slice(m.end);
      const facts = analyzeArticle(text, { published: article.facts.metadata.published, outlet: article.facts.metadata.outlet });
      const span = { start: m.start, end: m.start + changed.length };

      if (g.kind === 'number') {
        // A change that stays inside an approximation ("about 300" → "about 301") is no conflict anyone could see.
        const mine = figureAt(facts, span.start, span.end);
        const otherFigures = others.map((o) => figureAt(byPath.get(o.path)!.facts, o.start, o.end));
        if (mine && otherFigures.some((o) => o && (figuresAgree(mine, o) || insideApproximation(mine, o)))) {
          outcome.covered.push(describe(g, m, changed));
          continue;
        }
      }

      outcome.trials++;
      const copy = build(corpus, { path: m.path, text, facts });
      const conflicts = conflictsOf(copy, corpus);
      const onItem = (d: CollectionDiagnostic) => d.path === m.path && d.start < span.end && span.start < d.end;
      const pointsAtItem = (d: CollectionDiagnostic) => d.related.some((r) => r.path === m.path && r.start < span.end && span.start < r.end);
      if (conflicts.some(onItem)) outcome.detected++;
      else outcome.misses.push(describe(g, m, changed));
      // Positions after the change in the mutated article move; compare the others only.
      const shift = changed.length - m.text.length;
      const unshifted = (d: CollectionDiagnostic) => (d.path === m.path && d.start >= m.end ? `${d.path}:${d.start - shift}:${d.code}` : diagnosticKey(d));
      for (const d of conflicts) {
        if (!onItem(d) && !pointsAtItem(d) && !baseKeys.has(unshifted(d))) outcome.strayConflicts.push(`${describe(g, m, changed)}: also ${d.code} ${d.path}: ${d.message}`);
      }
      if (verbose) console.log(`  ${conflicts.some(onItem) ? 'found' : 'MISSED'}  ${describe(g, m, changed)}`);
    }
  }
  report(outcome);
  return outcome;
}

function report(o: Outcome): void {
  const rate = o.trials === 0 ? 1 : o.detected / o.trials;
  console.log(`  changes detected: ${o.detected}/${o.trials} = ${(100 * rate).toFixed(1)}%`);
  console.log(`  excluded, still inside another member's approximation: ${o.covered.length}`);
  for (const c of o.covered) console.log(`    ${c}`);
  if (o.unchangeable.length) console.log(`  excluded, nothing to change one step: ${o.unchangeable.join('; ')}`);
  for (const m of o.misses) console.log(`  missed: ${m}`);
  console.log(`  conflicts raised elsewhere by a change: ${o.strayConflicts.length}`);
  for (const s of o.strayConflicts) console.log(`    ${s}`);
}

async function sampleCorpus(): Promise<Corpus> {
  const [loaded] = await loadInputs(['samples'], { cwd: REPO, published: null, maxFileSizeKB: 10_000, cache: null, notice: () => {}, problem: (message) => console.warn(message) });
  const collection = loaded!.collection;
  const articles = collection.paths().map((path) => ({ path, text: collection.text(path)!, facts: collection.facts(path)! }));
  return { name: 'samples', config: loaded!.config, articles, plantedConflicts: PLANTED_SAMPLE_CONFLICTS };
}

function seedCorpus(): Corpus | null {
  if (!existsSync(SEEDS)) return null;
  const articles = readdirSync(SEEDS)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((path) => {
      const text = readFileSync(join(SEEDS, path), 'utf8');
      return { path, text, facts: analyzeArticle(text) };
    });
  // The seeds disagree on purpose once: the Havana resident's quote (see the design).
  return { name: 'seeds', config: undefined, articles, plantedConflicts: 2 };
}

async function main(): Promise<void> {
  const corpora = [await sampleCorpus()];
  const seeds = seedCorpus();
  if (seeds) corpora.push(seeds);
  else console.log('Seed articles not found at ../shared/seeds: only the samples are mutated.');
  const all: Outcome = { trials: 0, detected: 0, covered: [], unchangeable: [], misses: [], strayConflicts: [] };
  let unplanned = 0;
  for (const corpus of corpora) {
    const o = runCorpus(corpus);
    all.trials += o.trials;
    all.detected += o.detected;
    all.covered.push(...o.covered);
    all.misses.push(...o.misses);
    all.strayConflicts.push(...o.strayConflicts);
    const base = conflictsOf(build(corpus), corpus).length;
    if (corpus.plantedConflicts !== null && base !== corpus.plantedConflicts) unplanned++;
  }
  const rate = all.trials === 0 ? 1 : all.detected / all.trials;
  console.log(`\nOverall: ${all.detected}/${all.trials} changes detected = ${(100 * rate).toFixed(1)}% (bar 95%); ` +
    `${all.covered.length} approximate changes excluded; ${all.strayConflicts.length} conflicts raised elsewhere; ` +
    `unchanged copies with unplanned conflicts: ${unplanned}`);
  process.exitCode = rate >= 0.95 && unplanned === 0 ? 0 : 1;
}

void main();
