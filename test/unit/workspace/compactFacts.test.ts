import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeArticle } from '../../../server/src/core/analyze';
import type { ArticleFacts } from '../../../server/src/core/types';
import { compactFacts } from '../../../server/src/workspace/compactFacts';
import { FactsCache } from '../../../server/src/workspace/factsCache';

// Curly quotes make this a two-byte string, as most real articles are.
const article = [
  '---',
  'outlet: The Velmont Courier',
  '---',
  '# Dam operator fined after spill at Lake Orrin',
  '',
  'By Tamsin Okonkwo-Reyes',
  '',
  'VELMONT, March 3 (Velmont Courier) - The regional water board fined Orrin Hydro Partners 4.2 million dollars on Tuesday after about 300 households lost clean water for nine days, according to a report by the Lakeside Examiner.',
  '',
  '\u201cWe were told the valves had been inspected in January,\u201d said Beatriz Colón-Haverford, who chairs the Lake Orrin residents\u2019 association. \u201cNobody checked.\u201d',
  '',
  'Orrin Hydro Partners said in a statement that roughly 12% of its inspection budget had been cut in 2029. Colón-Haverford said the board should have acted sooner.',
  '',
  'The spill began on February 21, 2031, the board said, and the lake was reopened to boats last week.',
].join('\n');

function gc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Heap used while `make` holds its copies, less the heap before, after full collections. */
function heapHeldBy(make: () => unknown[]): number {
  const collect = gc();
  collect();
  const before = process.memoryUsage().heapUsed;
  const held = make();
  collect();
  const used = process.memoryUsage().heapUsed - before;
  assert.ok(held.length > 0);
  return used;
}

describe('compacted facts', () => {
  const facts = analyzeArticle(article, { published: '2031-03-04' });

  it('the article has spans of every kind, so every kind is compacted', () => {
    for (const kind of ['entities', 'dates', 'quotes', 'claims', 'cites'] as const) assert.ok(facts[kind].length > 0, kind);
    assert.ok(facts.claims.some((c) => c.figures.length > 0));
    assert.ok(facts.quotes.some((q) => q.speakerSpan !== null));
  });

  it('hold the same values, with every object’s fields in the same order, as the analysis', () => {
    const parsed = JSON.parse(JSON.stringify(facts)) as ArticleFacts;
    const compacted = compactFacts(article, parsed);
    assert.deepEqual(compacted, facts);
    assert.equal(JSON.stringify(compacted), JSON.stringify(facts));
  });

  it('share one list among entities without other forms, which nothing can add to', () => {
    const first = compactFacts(article, JSON.parse(JSON.stringify(facts)) as ArticleFacts);
    const second = compactFacts(article, JSON.parse(JSON.stringify(facts)) as ArticleFacts);
    const plain = first.entityList.find((e) => e.aliases.length === 0)!;
    assert.ok(first.entityList.some((e) => e.aliases.length > 0), 'the article has an entity written in several forms');
    assert.throws(() => plain.aliases.push('Someone Else'));
    assert.ok(second.entityList.every((e, i) => e.aliases.length === facts.entityList[i]!.aliases.length));
  });

  it('keep a recorded text that differs from the article’s characters at its offsets', () => {
    const parsed = JSON.parse(JSON.stringify(facts)) as ArticleFacts;
    const claim = parsed.claims[0]!;
    const entity = parsed.entities[0]!;
    claim.text = claim.text.toUpperCase();
    entity.text = 'x'.repeat(entity.end - entity.start);
    const compacted = compactFacts(article, parsed);
    assert.equal(compacted.claims[0]!.text, claim.text);
    assert.equal(compacted.entities[0]!.text, entity.text);
  });

  it('parsed from JSON and compacted, take far less memory than facts cloned from another thread', function () {
    this.timeout(20000);
    const copies = 300;
    const json = JSON.stringify(facts);
    const cloned = heapHeldBy(() => Array.from({ length: copies }, () => deserialize(serialize(facts)) as ArticleFacts));
    const compacted = heapHeldBy(() => Array.from({ length: copies }, () => compactFacts(article, JSON.parse(json) as ArticleFacts)));
    assert.ok(compacted < cloned * 0.75, `compacted ${(compacted / copies).toFixed(0)} B, cloned ${(cloned / copies).toFixed(0)} B per article`);
  });
});

describe('facts cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'crosscheck-facts-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers a second request for the same text from disk, with the facts the analysis gave', async () => {
    let analysed = 0;
    const cache = new FactsCache(dir, 'test-build', async (text, options) => {
      analysed++;
      return analyzeArticle(text, options);
    });
    const first = await cache.analyze(article, { published: '2031-03-04' });
    const second = await cache.analyze(article, { published: '2031-03-04' });
    assert.equal(analysed, 1);
    const fresh = analyzeArticle(article, { published: '2031-03-04' });
    assert.deepEqual(first, fresh);
    assert.deepEqual(second, fresh);
    assert.equal(JSON.stringify(second), JSON.stringify(fresh));
  });
});
