// Edits applied one by one give the answers of a fresh read, run for longer than `npm test` does:
// first the recorded edit sequences under ../shared/data/repros/incremental/ when that folder is there
// (initial-<name> files are read in, then each update-<n>-<name> file replaces or empties that article),
// then the random edit sequences of test/unit/corpus/editsProperty.ts for as long as asked.
// Run: npx tsx bench/incrementalEdits.ts [seconds]   (default: 60)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { defaultConfig } from '../server/src/corpus/config';
import { analysed, everythingSeen, freshCollection } from '../test/unit/corpus/inventedStory';
import { editsEqualFreshRead } from '../test/unit/corpus/editsProperty';

const REPROS = join(__dirname, '..', '..', 'shared', 'data', 'repros', 'incremental');

/** Replays one recorded sequence; returns the articles whose answers differ from a fresh read. */
function replay(folder: string): string[] {
  const config = defaultConfig();
  const initial = new Map<string, string>();
  const updates: [number, string, string][] = [];
  for (const name of readdirSync(folder).sort()) {
    const text = readFileSync(join(folder, name), 'utf8');
    const first = /^initial-(.+)$/.exec(name);
    const update = /^update-(\d+)-(.+)$/.exec(name);
    if (first) initial.set(first[1]!, text);
    else if (update) updates.push([Number(update[1]), update[2]!, text]);
  }
  const collection = freshCollection(config, initial);
  everythingSeen(collection);
  const current = new Map(initial);
  for (const [, path, text] of updates.sort((x, y) => x[0] - y[0])) {
    current.set(path, text);
    collection.update(path, text, analysed(config, path, text));
  }
  const edited = everythingSeen(collection);
  const fresh = everythingSeen(freshCollection(config, current));
  return Object.keys(fresh).filter((key) => !isDeepStrictEqual(edited[key], fresh[key]));
}

function main(): void {
  const seconds = Number(process.argv[2] ?? 60);
  if (!existsSync(REPROS)) console.log(`${REPROS} is not there: recorded sequences skipped`);
  else {
    const differing = replay(REPROS);
    console.log(`recorded sequence ${REPROS}: ${differing.length === 0 ? 'edited collection equals a fresh read' : `differs from a fresh read in ${differing.join(', ')}`}`);
    if (differing.length > 0) process.exitCode = 1;
  }
  const started = performance.now();
  const result = fc.check(editsEqualFreshRead(), { numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: seconds * 1000 });
  const elapsed = ((performance.now() - started) / 1000).toFixed(0);
  if (result.failed) {
    console.log(`random edit sequences: counterexample after ${result.numRuns} runs (${elapsed} s), seed ${result.seed}, path ${result.counterexamplePath}`);
    console.log(JSON.stringify(result.counterexample));
    process.exitCode = 1;
  } else console.log(`random edit sequences: ${result.numRuns} runs in ${elapsed} s, every edited collection equal to a fresh read`);
}

main();
