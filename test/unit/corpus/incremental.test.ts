// A collection edited article by article must answer exactly as one read in fresh from the same texts:
// the project's sample collection, analysed for real, through edits that respell names, reword
// quotes, change figures, drop paragraphs and remove and restore whole articles.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { analyzeArticle } from '../../../server/src/core/analyze';
import { Collection } from '../../../server/src/corpus/collection';
import { parseConfig } from '../../../server/src/corpus/config';
import type { CollectionConfig } from '../../../server/src/corpus/types';
import { randomSequence } from '../../../bench/sampling';

const SAMPLES = nodePath.join(__dirname, '..', '..', '..', 'samples');

function articlesUnder(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(folder).sort()) {
    const path = nodePath.join(folder, name);
    if (statSync(path).isDirectory()) for (const [p, text] of articlesUnder(path)) found.set(p, text);
    else if (/\.(txt|md)$/.test(name) && name !== 'PLANTED.md') found.set(nodePath.relative(SAMPLES, path), readFileSync(path, 'utf8'));
  }
  return found;
}

/** One edit a writer might make, chosen at random; returns the text unchanged when it does not apply. */
function edited(text: string, random: () => number): string {
  const pick = <T>(items: T[]): T | undefined => items[Math.floor(random() * items.length)];
  switch (Math.floor(random() * 5)) {
    case 0: {
      // A surname respelt, or a name's first word dropped.
      const name = pick([...text.matchAll(/\b(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{3,})\b/gu)]);
      return name ? text.replace(name[0], random() < 0.5 ? `${name[1]} ${name[2]}e` : name[2]!) : text;
    }
    case 1: {
      // A word inside a quotation changed.
      const quote = pick([...text.matchAll(/“[^”]{12,}”|"[^"\n]{12,}"/g)]);
      return quote ? text.replace(quote[0], quote[0].replace(/\b(\p{Ll}{4,})\b/u, 'plainly')) : text;
    }
    case 2: {
      const figure = pick([...text.matchAll(/\b\d{1,3}\b/g)]);
      return figure ? text.slice(0, figure.index) + String(Number(figure[0]) + 3) + text.slice(figure.index! + figure[0].length) : text;
    }
    case 3: {
      const paragraphs = text.split('\n\n');
      paragraphs.splice(1 + Math.floor(random() * (paragraphs.length - 1)), 1);
      return paragraphs.join('\n\n');
    }
    default:
      return text;
  }
}

function freshCollection(config: CollectionConfig, texts: Map<string, string>): Collection {
  const collection = new Collection(config);
  for (const [path, text] of [...texts].sort()) collection.load(path, text, analyzeArticle(text, { published: config.published[path] ?? null }));
  return collection;
}

describe('corpus collection: edits give the answers of a fresh read', () => {
  it('matches a fresh collection after every one of many random edits to the samples', function () {
    this.timeout(60_000);
    const parsed = parseConfig(readFileSync(nodePath.join(SAMPLES, '.crosscheck.json'), 'utf8'));
    assert.ok(parsed.ok);
    const config = parsed.config;
    const originals = articlesUnder(SAMPLES);
    const current = new Map(originals);
    const collection = freshCollection(config, current);
    const random = randomSequence(11);
    let changedTexts = 0;
    for (let step = 0; step < 40; step++) {
      const path = [...originals.keys()][Math.floor(random() * originals.size)]!;
      const roll = random();
      if (roll < 0.1 && current.has(path)) {
        current.delete(path);
        collection.remove(path);
      } else {
        // Most edits build on the article as it now stands; some restore the original.
        const base = current.get(path) ?? originals.get(path)!;
        const text = roll < 0.25 ? originals.get(path)! : edited(base, random);
        if (text !== current.get(path)) changedTexts++;
        current.set(path, text);
        collection.update(path, text, analyzeArticle(text, { published: config.published[path] ?? null }));
      }
      // Answers are asked for as an editor would, between edits, so caches are filled and then dropped.
      if (step % 2 === 0) for (const p of collection.paths()) collection.diagnostics(p);
      if (step % 4 !== 3) continue;
      const fresh = freshCollection(config, current);
      assert.deepEqual(collection.paths(), fresh.paths());
      for (const p of fresh.paths()) assert.deepEqual(collection.diagnostics(p), fresh.diagnostics(p), `${p} after ${step + 1} edits`);
      assert.deepEqual(collection.clusters(), fresh.clusters(), `clusters after ${step + 1} edits`);
      assert.deepEqual(collection.matches(), fresh.matches(), `matches after ${step + 1} edits`);
    }
    assert.ok(changedTexts >= 20, `only ${changedTexts} edits changed a text`);
  });
});
