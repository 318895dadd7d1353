import { strict as assert } from 'node:assert';
import { quotesIn, quoteStarting } from './helpers';

describe('quote kinds', () => {
  it('calls a full quoted utterance direct', () => {
    const quotes = quotesIn('“We will reopen the bridge by spring,” said Mayor Ana Ruiz. She added: “Nobody will pay a toll.”');
    assert.equal(quoteStarting(quotes, 'We will').kind, 'direct');
    assert.equal(quoteStarting(quotes, 'Nobody').kind, 'direct');
  });

  it('calls a quote running over several sentences direct', () => {
    const quotes = quotesIn('"The cables failed. Nobody saw it coming," the engineer said.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].kind, 'direct');
  });

  it('calls a few quoted words woven into the sentence a fragment', () => {
    const quotes = quotesIn('The mayor warned that “no more tolls or delays” would be tolerated, and called the plan “a careful compromise between neighbours.”');
    assert.equal(quoteStarting(quotes, 'no more').kind, 'fragment');
    assert.equal(quoteStarting(quotes, 'a careful').kind, 'fragment');
  });

  it('calls a capitalised or shouted quote that the sentence carries on from a fragment', () => {
    const quotes = quotesIn('He wrote that "NO MORE TOLLS EVER AGAIN" would be the rule.');
    assert.equal(quotes[0].kind, 'fragment');
  });

  it('calls one to three words used as a label scare quotes, with no speaker', () => {
    const quotes = quotesIn('Hundreds joined an ‘Anti-Toll’ march, which so-called "experts" doubted, the mayor said.');
    assert.deepEqual(quotes.map((q) => [q.text, q.kind, q.speakerText]), [
      ['Anti-Toll', 'scare', null],
      ['experts', 'scare', null],
    ]);
  });

  it('keeps a short full utterance direct', () => {
    const quotes = quotesIn('Asked about tolls, she said: "Never."');
    assert.equal(quotes[0].kind, 'direct');
  });
});
