import { strict as assert } from 'node:assert';
import type { ClaimSpec } from './buildFacts';
import { collectionOf, only } from './collectionOf';

/** The unsourced-claim messages of one invented article published on 2026-03-10. */
function unsourced(text: string, claims: ClaimSpec[], published: string | null = '2026-03-10'): string[] {
  const collection = collectionOf({ 'a.txt': [text, { claims, published }] });
  return only(collection, 'a.txt', 'unsourced-claim').map((d) => d.message);
}

describe('unsourced claims', () => {
  it('names the figure it is about, with what it counts', () => {
    const text = 'The storm killed 14 fishermen off Skerrow.';
    const messages = unsourced(text, [{ text, figures: [{ text: '14', value: 14, counted: 'fishermen' }], keywords: ['storm', 'kill'] }]);
    assert.deepEqual(messages, ['No source for the figure “14” (fishermen): say who gives it']);
  });

  it('leaves background history alone, figures and all, but not an event of the week', () => {
    const history = 'The harbour wall was built in 1887 by 300 workers.';
    const news = 'The harbour wall collapsed on Sunday.';
    const text = `${history} ${news}`;
    const messages = unsourced(text, [
      { text: history, figures: [{ text: '300', value: 300, counted: 'workers' }], dates: [{ text: '1887', value: '1887' }], keywords: ['wall', 'built'] },
      { text: news, dates: [{ text: 'Sunday', value: '2026-03-08', relative: true }], keywords: ['wall', 'collapse'] },
    ]);
    assert.deepEqual(messages, ['No source for the event dated “Sunday”: say who reports it']);
  });

  it('treats a dated event long before publication as background', () => {
    const text = 'The ferry sank on 4 May 2019.';
    assert.deepEqual(unsourced(text, [{ text, dates: [{ text: '4 May 2019', value: '2019-05-04' }], keywords: ['ferry', 'sank'] }]), []);
  });

  it('does not ask a source for ages, durations, device specifications or vague amounts', () => {
    const sentences = [
      'The keeper, a 58-year-old, retired.',
      'The lighthouse has stood for 140 years.',
      'The new handset ships with 256GB of storage.',
      'Its battery holds 5,000 mAh.',
      'Hundreds of thousands watched.',
    ];
    const text = sentences.join(' ');
    const messages = unsourced(text, [
      { text: sentences[0]!, figures: [{ text: '58-year-old', value: 58, unit: 'age' }], keywords: ['keeper'] },
      { text: sentences[1]!, figures: [{ text: '140 years', value: 140, unit: 'year' }], keywords: ['lighthouse'] },
      { text: sentences[2]!, figures: [{ text: '256GB', value: 256 }], keywords: ['handset'] },
      { text: sentences[3]!, figures: [{ text: '5,000', value: 5000 }], keywords: ['battery'] },
      { text: sentences[4]!, figures: [{ text: 'Hundreds of thousands', value: 100000, approximate: true }], keywords: ['watch'] },
    ]);
    assert.deepEqual(messages, []);
  });

  it('says it once per figure, not again for every sentence that repeats it', () => {
    const first = 'The storm killed 14 fishermen.';
    const again = 'Relatives mourned the 14 fishermen.';
    const other = 'Repairs will cost 2 million euros.';
    const text = `${first} ${again} ${other}`;
    const fishermen = { text: '14', value: 14, counted: 'fishermen' };
    const messages = unsourced(text, [
      { text: first, figures: [fishermen], keywords: ['storm'] },
      { text: again, figures: [fishermen], keywords: ['mourn'] },
      { text: other, figures: [{ text: '2 million euros', value: 2e6, unit: 'eur' }], keywords: ['repair'] },
    ]);
    assert.equal(messages.length, 2);
    assert.equal(new Set(messages).size, 2);
  });

  it('without a publication date, a named day is news and a bare month is not', () => {
    const day = 'The bridge reopened on 3 March.';
    const month = 'The bridge reopened in March.';
    assert.equal(unsourced(day, [{ text: day, dates: [{ text: '3 March', value: '2026-03-03' }], keywords: ['bridge'] }], null).length, 1);
    assert.equal(unsourced(month, [{ text: month, dates: [{ text: 'March', value: '2026-03' }], keywords: ['bridge'] }], null).length, 0);
  });
});
