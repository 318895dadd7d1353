import { strict as assert } from 'node:assert';
import { quotesIn, quoteStarting } from './helpers';

describe('quote speakers across paragraphs', () => {
  it('keeps a running quote going past a caption or a pulled quote set between its paragraphs', () => {
    const text = [
      'Harbour master Ilse Brandvold said in a statement: “The quay stays closed until the divers are done.',
      'Divers searched the harbour on Tuesday',
      'PHOTO AGENCY The pier after the storm',
      '“When the survey is complete, we will tell the fishermen.”',
    ].join('\n\n');
    const quote = quoteStarting(quotesIn(text, [['Ilse Brandvold', 'person']]), 'When the survey');
    assert.equal(quote.speakerText, 'Ilse Brandvold');
  });

  it('lets a quote end a paragraph of plain narration ended by a full stop', () => {
    const text = [
      'Ilse Brandvold said: “The quay stays closed until the divers are done.',
      'The harbour reopened the following week.',
      '“Nobody knew where the boats had gone.”',
    ].join('\n\n');
    assert.equal(quoteStarting(quotesIn(text, [['Ilse Brandvold', 'person']]), 'Nobody').speakerText, null);
  });

  it('names the speaker of a running quote attributed only in its last paragraph', () => {
    const text = ['Later that night came another post.', '“Ferries sail again next month from the old pier.', '“Bring your own coffee,” Ilse Brandvold wrote.'].join('\n\n');
    const quotes = quotesIn(text, [['Ilse Brandvold', 'person']]);
    assert.equal(quoteStarting(quotes, 'Ferries').speakerText, 'Ilse Brandvold');
    assert.equal(quoteStarting(quotes, 'Bring').speakerText, 'Ilse Brandvold');
  });
});
