import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../../../server/src/core/analyze';
import { AnalysisPool } from '../../../server/src/workspace/analysisPool';
import { FactsCache } from '../../../server/src/workspace/factsCache';
import { factsJson } from '../../../server/src/workspace/factsJson';

const plain = 'Harbour Wire engineers said 40 pumps failed at Cobbleton on Monday.';
const versions = 'Harbour Wire engineers said the pumps at Cobbleton run firmware 4.1.7, released 2030.02.14, and that 40 pumps failed.';

/** Facts of `text` with a figure JSON cannot carry: its value is not a number and its floor is a negative zero. */
function uncarriable(text: string) {
  const facts = analyzeArticle(text);
  const figure = facts.claims.flatMap((c) => c.figures)[0]!;
  figure.value = NaN;
  figure.low = -0;
  return facts;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json'));
}

describe('facts as JSON', () => {
  it('are the JSON of facts holding only finite numbers', () => {
    const facts = analyzeArticle(plain);
    assert.equal(factsJson(facts), JSON.stringify(facts));
  });

  it('are refused for facts JSON would change: a figure that is not a number, a negative zero', () => {
    const nan = analyzeArticle(plain);
    nan.claims[0]!.figures[0]!.value = NaN;
    assert.equal(factsJson(nan), null);
    const zero = analyzeArticle(plain);
    zero.claims[0]!.figures[0]!.low = -0;
    assert.equal(factsJson(zero), null);
  });

  it('from worker threads, facts arrive exactly as analysed here', async function () {
    this.timeout(30000);
    const pool = new AnalysisPool(2);
    try {
      const [withVersions, withoutVersions] = await Promise.all([pool.analyze(versions, {}), pool.analyze(plain, {})]);
      assert.deepStrictEqual(withVersions, analyzeArticle(versions));
      assert.deepStrictEqual(withoutVersions, analyzeArticle(plain));
    } finally {
      await pool.close();
    }
  });

  describe('in the facts cache', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'crosscheck-facts-json-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('facts JSON cannot carry are analysed again rather than read back changed', async () => {
      let analysed = 0;
      const cache = new FactsCache(dir, 'test-build', async (text, options) => {
        analysed++;
        return text === versions ? uncarriable(text) : analyzeArticle(text, options);
      });
      await cache.analyze(versions, {});
      assert.deepEqual(filesUnder(dir), []);
      assert.deepStrictEqual(await cache.analyze(versions, {}), uncarriable(versions));
      assert.equal(analysed, 2);
      await cache.analyze(plain, {});
      await cache.analyze(plain, {});
      assert.equal(analysed, 3);
      assert.equal(filesUnder(dir).length, 1);
    });
  });
});
