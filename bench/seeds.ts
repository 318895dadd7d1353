// Seeds benchmark: the cross-source relations the design names for ../shared/seeds (four outlets
// re-telling one report, one earlier related piece), checked on the collection's own answers. Each
// check prints PASS or FAIL; the process exits 1 when any fails. The phrases searched for are the
// ones the design quotes; the articles are read at run time and never stored in the project.
// Run: npx tsx bench/seeds.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../server/src/core/analyze';
import { Collection } from '../server/src/corpus/collection';
import type { CollectionDiagnostic, MatchGroup } from '../server/src/corpus/types';

const SEEDS = join(__dirname, '..', '..', 'shared', 'seeds');

interface Place {
  path: string;
  start: number;
  end: number;
}

let failures = 0;
function report(ok: boolean, what: string, detail = ''): void {
  if (!ok) failures++;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}${detail ? `  (${detail})` : ''}`);
}

const overlaps = (a: Place, b: Place) => a.path === b.path && a.start < b.end && b.start < a.end;

function main(): void {
  if (!existsSync(SEEDS)) {
    console.log('Seed articles not found at ../shared/seeds: skipped.');
    return;
  }
  const collection = new Collection();
  const texts = new Map<string, string>();
  for (const file of readdirSync(SEEDS).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    texts.set(file, text);
    collection.update(file, text, analyzeArticle(text));
  }
  const matches = collection.matches();
  const diagnostics = new Map<string, CollectionDiagnostic[]>([...texts.keys()].map((p) => [p, collection.diagnostics(p)]));

  /** Every place a phrase is written, case-insensitive, across the seeds. */
  const placesOf = (phrase: string): Place[] => {
    const out: Place[] = [];
    for (const [path, text] of texts) {
      const lower = text.toLowerCase();
      for (let at = lower.indexOf(phrase.toLowerCase()); at >= 0; at = lower.indexOf(phrase.toLowerCase(), at + 1)) {
        out.push({ path, start: at, end: at + phrase.length });
      }
    }
    return out;
  };
  const groupsAt = (kind: MatchGroup['kind'], places: Place[]) =>
    matches.filter((g) => g.kind === kind && g.members.some((m) => places.some((p) => overlaps(m, p))));
  const diagnosticsAt = (codes: string[], places: Place[]) =>
    places.flatMap((p) => (diagnostics.get(p.path) ?? []).filter((d) => codes.includes(d.code) && overlaps(d, p)));
  const articlesOf = (g: MatchGroup) => new Set(g.members.map((m) => m.path)).size;
  const describe = (groups: MatchGroup[]) => groups.map((g) => `${g.status} in ${articlesOf(g)} articles: ${g.note}`).join('; ') || 'no group';

  // The Havana resident's quote: "reported" in one outlet, "snitched on" in another.
  const havana = [...placesOf('afraid of being reported'), ...placesOf('afraid of being snitched on')];
  const havanaGroups = groupsAt('quote', havana);
  const havanaFlagged = new Set(diagnosticsAt(['conflicting-quote'], havana).map((d) => d.path));
  report(
    havanaGroups.some((g) => g.status === 'conflict') && havanaFlagged.size >= 2 && havanaFlagged.size === new Set(havana.map((p) => p.path)).size,
    'the Havana resident’s quote is a conflict in both articles',
    `${describe(havanaGroups)}; conflicting-quote in ${havanaFlagged.size} articles`,
  );

  // Trump's post, in capitals in some outlets and contracted in another.
  const post = [...placesOf('before it is too late'), ...placesOf('before it’s too late'), ...placesOf("before it's too late")];
  const postGroups = groupsAt('quote', post);
  const postConflicts = diagnosticsAt(['conflicting-quote'], post);
  report(
    postGroups.some((g) => g.status === 'variant') && !postGroups.some((g) => g.status === 'conflict') && postConflicts.length === 0,
    'Trump’s post is a variant, not a conflict',
    describe(postGroups),
  );

  // Agreeing figures and dates: a group across articles that agrees, and no conflict on any of them.
  const agreeing = (label: string, kind: MatchGroup['kind'], phrases: string[], member: RegExp) => {
    const places = phrases.flatMap(placesOf);
    const groups = groupsAt(kind, places).filter((g) => g.members.some((m) => member.test(m.text)));
    const conflicts = diagnosticsAt(['conflicting-number', 'conflicting-date'], places);
    report(
      groups.some((g) => g.status === 'agrees' && articlesOf(g) >= 2) && !groups.some((g) => g.status === 'conflict') && conflicts.length === 0,
      `${label}: agreeing group, no conflict`,
      `${describe(groups)}${conflicts.length ? `; ${conflicts.length} conflicting diagnostics` : ''}`,
    );
  };
  agreeing('32 killed', 'number', ['32 Cuban'], /^32\b/);
  agreeing('age 94', 'number', ['94 years old', '94-year-old'], /94/);
  agreeing('age 65', 'number', ['65'], /^65$/);
  agreeing('the 1962 embargo', 'date', ['1962'], /^1962$/);
  agreeing('the post on Jan. 11', 'date', ['Jan. 11', 'January 11'], /11/);
  agreeing('the raid on Jan. 3', 'date', ['Jan. 3', 'January 3'], /\b3$/);

  // Claims only one outlet makes.
  for (const phrase of ['around two dozen', 'nearly 90 percent']) {
    const places = placesOf(phrase);
    const hints = diagnosticsAt(['uncorroborated-claim'], places);
    report(places.length > 0 && hints.length === places.length, `“${phrase}” is uncorroborated`, `${hints.length} of ${places.length} places flagged`);
  }

  // Every quotation has a speaker.
  const misses: string[] = [];
  let quotations = 0;
  for (const [path, text] of texts) {
    for (const q of collection.facts(path)!.quotes) {
      if (q.kind === 'scare') continue;
      quotations++;
      if (q.speakerText === null) misses.push(`${path}: “${text.slice(q.start, q.end).slice(0, 70)}”`);
    }
  }
  report(misses.length === 0, 'every quotation has a speaker', `${quotations - misses.length} of ${quotations}`);
  for (const m of misses) console.log(`      no speaker: ${m}`);

  console.log(failures === 0 ? 'all seed checks pass' : `${failures} seed checks fail`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main();
