import { strict as assert } from 'node:assert';
import { quotesIn } from './helpers';

describe('quotes and article regions', () => {
  it('does not read quotes in headings, captions or boilerplate', () => {
    const text = [
      '# Mayor: “The Bridge Will Stand”',
      '',
      'Pictured: protesters with a “Save the Quay” banner',
      '',
      '“The bridge will stand,” Mayor Ana Ruiz said on Friday.',
      '',
      'Share this "story" with friends',
    ].join('\n');
    assert.deepEqual(quotesIn(text).map((q) => q.text), ['The bridge will stand,']);
  });

  it('never lets a quote cross a paragraph', () => {
    const text = 'The sign said “closed.\n\nThe bridge” reopened later, “on time,” officials said.';
    const quotes = quotesIn(text);
    for (const q of quotes) assert.ok(!q.text.includes('\n'));
    assert.deepEqual(quotes.map((q) => q.text), ['on time,']);
  });

  it('reads a quotation signed on a line of its own', () => {
    const text = 'Readers wrote in.\n\n“The bridge is a disgrace.” ― Noor Haddad\n\n“Fix it first.” ― Lars Eide';
    assert.deepEqual(quotesIn(text).map((q) => [q.text, q.speakerText]), [
      ['The bridge is a disgrace.', 'Noor Haddad'],
      ['Fix it first.', 'Lars Eide'],
    ]);
  });

  it('reads link text but not URLs', () => {
    const text = 'The mayor called it [“a turning point”](https://news.example/"x") for the town, she said.';
    assert.deepEqual(quotesIn(text).map((q) => q.text), ['a turning point']);
  });

  it('keeps every text equal to the slice at its offsets', () => {
    const text = 'Ruiz said “it’s done.” Then, \'Yes,\' said Bell. He added “and dry”.';
    for (const q of quotesIn(text)) assert.equal(text.slice(q.start, q.end), q.text);
  });
});
