import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/core/analyze';
import { AnalysisPool } from '../../../server/src/workspace/analysisPool';
import { preparedInOrder } from '../../../server/src/workspace/preparedInOrder';

const article = [
  'Ferry crews walk out in Brackwater',
  '',
  'BRACKWATER (Harbour Wire) - Ferry crews walked off the job on Monday, stranding 1,200 commuters.',
  '',
  '"We gave the company every chance," said Odile Fenn, who leads the crews\u2019 union.',
].join('\n');

describe('analysis on worker threads', () => {
  it('answers exactly what the analysis on this thread answers, for many articles at once', async function () {
    this.timeout(30000);
    const pool = new AnalysisPool(2);
    try {
      const texts = Array.from({ length: 6 }, (_, i) => article.replace('1,200', String(1200 + i)));
      const facts = await Promise.all(texts.map((text) => pool.analyze(text, { published: '2031-04-07' })));
      facts.forEach((f, i) => assert.deepEqual(f, analyzeArticle(texts[i]!, { published: '2031-04-07' })));
    } finally {
      await pool.close();
    }
  });

  it('analyses on this thread when it is given one thread', async () => {
    const pool = new AnalysisPool(1);
    assert.equal(pool.threads, 1);
    assert.deepEqual(await pool.analyze(article, { published: null }), analyzeArticle(article, { published: null }));
  });
});

describe('preparing items in parallel, applying them in order', () => {
  it('applies in the items’ order even when later items are ready first, with at most `ahead` in flight', async () => {
    const applied: string[] = [];
    let inFlight = 0;
    let most = 0;
    const delays: Record<string, number> = { a: 30, b: 1, c: 15, d: 0, e: 5 };
    await preparedInOrder(
      Object.keys(delays),
      2,
      async (item) => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, delays[item]));
        inFlight--;
        return item.toUpperCase();
      },
      (item, prepared, index) => {
        applied.push(`${index}:${item}:${prepared}`);
      },
    );
    assert.deepEqual(applied, ['0:a:A', '1:b:B', '2:c:C', '3:d:D', '4:e:E']);
    assert.ok(most <= 2, `at most 2 in flight, saw ${most}`);
  });

  it('raises a failed preparation when its turn comes, after the items before it were applied', async () => {
    const applied: string[] = [];
    await assert.rejects(
      preparedInOrder(['a', 'b', 'c'], 3, async (item) => {
        if (item === 'b') throw new Error('b is unreadable');
        await new Promise((resolve) => setTimeout(resolve, 10));
        return item;
      }, (item) => {
        applied.push(item);
      }),
      /b is unreadable/,
    );
    assert.deepEqual(applied, ['a']);
  });
});
