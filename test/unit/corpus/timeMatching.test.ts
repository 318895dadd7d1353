import { strict as assert } from 'node:assert';
import type { Collection } from '../../../server/src/corpus/collection';
import { analyzedCollection } from './analyzedCollection';

const LEAD = 'KELVAR — A car bomb struck the Osterhall consulate in Kelvar, police chief Anwar Dessa told the Kelvar Herald.';

/** Every article published on one day. */
const collectionOf = (articles: Record<string, string>) => analyzedCollection(articles, { published: '2031-11-11' });

function timeConflicts(c: Collection, path: string): string[] {
  return c
    .diagnostics(path)
    .filter((d) => d.code === 'conflicting-date' && /time of day/.test(d.message))
    .map((d) => c.text(path)!.slice(d.start, d.end));
}

describe('times of day across sources', () => {
  it('flags the time of the blast half an hour later in one outlet, against each of the others', () => {
    const c = collectionOf({
      'express.txt': `${LEAD} The attack happened at around 11:30pm local time, close to the consulate.`,
      'sun.txt': `${LEAD} A huge blast was heard at around 11pm local time on Thursday evening.`,
      'guardian.txt': `${LEAD} The explosion occurred about an hour before midnight local time, a spokesman said.`,
    });
    assert.deepEqual(timeConflicts(c, 'express.txt'), ['around 11:30pm local time']);
    const [d] = c.diagnostics('express.txt').filter((x) => x.code === 'conflicting-date');
    assert.match(d!.message, /This time of day \(“around 11:30pm local time”, T23:30\)/);
    for (const path of ['sun.txt', 'guardian.txt']) {
      const [other] = c.diagnostics(path).filter((x) => x.code === 'conflicting-date');
      assert.deepEqual(other!.related.map((r) => r.path), ['express.txt'], `${path} disagrees only with the later time`);
    }
  });

  it('leaves alone the times of other events, and the same event on days named apart', () => {
    const c = collectionOf({
      'express.txt': `${LEAD} The attack happened at around 11:30pm local time. The ferry left Kelvar at 9 a.m.`,
      'sun.txt': `${LEAD} Helicopters arrived at 1am. The ferry reached Kelvar at 11 a.m.`,
    });
    assert.deepEqual(timeConflicts(c, 'express.txt'), []);
    const days = collectionOf({
      'express.txt': `${LEAD} A first blast was heard at 11pm on Monday.`,
      'sun.txt': `${LEAD} A second blast was heard at 9pm on Wednesday.`,
    });
    assert.deepEqual(timeConflicts(days, 'express.txt'), []);
  });
});
