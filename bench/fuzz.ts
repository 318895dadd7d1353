// Fuzz run: the properties of the test suite's property tests (test/unit/property), for minutes
// instead of seconds. Random article-like text, alone and as small collections of retellings; each
// property is run in rounds with fresh seeds until the time is up. A failing input is shrunk by
// fast-check and printed with its seed, to be kept as a regression test. Reads nothing from disk.
// Run: npx tsx bench/fuzz.ts [--minutes 10]
import fc from 'fast-check';
import { anyArticle, articleCollection } from '../test/unit/property/articleText';
import { checkArticle, checkCollection, describeFailure } from '../test/unit/property/invariants';

const ROUND_RUNS = 200;

interface Property {
  name: string;
  property: fc.IProperty<[string]> | fc.IProperty<[string[]]>;
  runs: number;
  failures: number;
  characters: number;
  /** Shrunk counterexamples, by their one-line failure (each distinct failure printed once). */
  seen: Map<string, string>;
}

function minutesArgument(): number {
  const at = process.argv.indexOf('--minutes');
  const given = at >= 0 ? Number(process.argv[at + 1]) : 10;
  if (!Number.isFinite(given) || given <= 0) throw new Error('--minutes needs a positive number');
  return given;
}

function main(): void {
  const minutes = minutesArgument();
  const properties: Property[] = [
    { name: 'one article', property: fc.property(anyArticle, (text) => void (count(0, text.length), checkArticle(text))), runs: 0, failures: 0, characters: 0, seen: new Map() },
    { name: 'a small collection', property: fc.property(articleCollection, (texts) => void (count(1, texts.join('').length), checkCollection(texts))), runs: 0, failures: 0, characters: 0, seen: new Map() },
  ];
  // Counted in the property so shrinking runs are counted too.
  function count(which: number, characters: number): void {
    properties[which]!.runs++;
    properties[which]!.characters += characters;
  }
  const started = Date.now();
  const deadline = started + minutes * 60_000;
  let round = 0;
  console.log(`fuzzing for ${minutes} minute(s), ${ROUND_RUNS} inputs per round and property`);
  while (Date.now() < deadline) {
    const p = properties[round % properties.length]!;
    const seed = (Date.now() ^ (round * 0x9e3779b1)) | 0;
    const result = fc.check(p.property as fc.IProperty<[unknown]>, { numRuns: ROUND_RUNS, seed });
    if (result.failed) {
      p.failures++;
      const why = describeFailure(result.errorInstance);
      if (!p.seen.has(why)) {
        p.seen.set(why, JSON.stringify(result.counterexample?.[0]));
        console.log(`FAIL ${p.name} (seed ${seed}, path ${result.counterexamplePath}): ${why}\n  shrunk input: ${p.seen.get(why)}`);
      }
    }
    round++;
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`\n${round} rounds in ${seconds.toFixed(0)} s`);
  for (const p of properties) {
    console.log(`${p.name}: ${p.runs} inputs checked (${p.characters} characters), ${p.failures} failing round(s), ${p.seen.size} distinct failure(s)`);
  }
  process.exitCode = properties.some((p) => p.failures > 0) ? 1 : 0;
}

main();
