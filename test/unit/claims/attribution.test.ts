import { strict as assert } from 'node:assert';
import { attributionIn } from '../../../server/src/core/claims/attribution';

function sourceOf(sentence: string): string | null {
  const found = attributionIn(sentence, 0, sentence.length);
  if (found) assert.equal(found.source, sentence.slice(found.start, found.end), 'source is the slice at start..end');
  return found ? found.source : null;
}

describe('attributionIn', () => {
  it('reads "according to X"', () => {
    assert.equal(sourceOf('The levee failed in three places, according to the county engineer.'), 'the county engineer');
    assert.equal(sourceOf('Nearly 40 percent lost power, according to sources privy to the review.'), 'sources privy to the review');
  });

  it('takes the outlet out of "according to a report in X"', () => {
    assert.equal(sourceOf('According to a new report in The Valley Courier, the gate jammed.'), 'The Valley Courier');
  });

  it('reads "X said", "officials say", "X told", "X reported", "X estimate"', () => {
    assert.equal(sourceOf('The harbour master said 14 boats sank.'), 'The harbour master');
    assert.equal(sourceOf('Officials say 12 people died.'), 'Officials');
    assert.equal(sourceOf('Mayor Ilse Marrow told reporters the dam held.'), 'Mayor Ilse Marrow');
    assert.equal(sourceOf('The Daily Ledger reported that 300 homes flooded.'), 'The Daily Ledger');
    assert.equal(sourceOf('Insurers estimate that claims will reach $40 million.'), 'Insurers');
    assert.equal(sourceOf('Economists expect prices to rise.'), 'Economists');
  });

  it('reads a subject with a bracketed affiliation, and outlets that have learned or tweeted', () => {
    assert.equal(sourceOf('Councillor Ada Brun (Greens) said 40 homes were lost.'), 'Councillor Ada Brun (Greens)');
    assert.equal(sourceOf('The Courier has learned that the gate jammed.'), 'The Courier');
    assert.equal(sourceOf('The mayor tweeted that 12 roads were closed.'), 'The mayor');
  });

  it('reads a pronoun source as written', () => {
    assert.equal(sourceOf('It added that 40 trucks were sent.'), 'It');
  });

  it('reads a subject past its appositive and after a quotation', () => {
    assert.equal(sourceOf('Ilse Marrow, the mayor of Port Ellery, said 40 homes were lost.'), 'Ilse Marrow');
    assert.equal(sourceOf('“We lost 40 homes,” said Ilse Marrow, the mayor.'), 'Ilse Marrow');
  });

  it('reads passive cues and stops before the circumstances', () => {
    assert.equal(sourceOf('The plan was drawn up, as stated by city officials in a call with The Harbor Times.'), 'city officials');
  });

  it('leaves out adverbs and auxiliaries between the subject and the verb', () => {
    assert.equal(sourceOf('Engineers have long warned that the wall was weak.'), 'Engineers');
    assert.equal(sourceOf('The council publicly confirmed the closure.'), 'The council');
  });

  it('does not take "reports" as a verb when it names documents', () => {
    assert.equal(sourceOf('Insurance reports indicate that claims rose.'), 'Insurance reports');
  });

  it('does not take a share of respondents for a source', () => {
    assert.equal(sourceOf('Twelve percent said they were unsure.'), null);
  });

  it('finds no attribution in a plain statement or a passive one', () => {
    assert.equal(sourceOf('The flood killed 12 people.'), null);
    assert.equal(sourceOf('He was found on the riverbank.'), null);
  });
});

describe('attributionIn at the start of a sentence', () => {
  it('finds no source when only an adverb comes before the verb', () => {
    assert.equal(sourceOf('reportedly said the ferry carried 40 people'), null);
    assert.equal(sourceOf('strongly suggest a second inquiry'), null);
    assert.equal(sourceOf('- also said 12 boats sank'), null);
    assert.equal(sourceOf('(allegedly said 12 boats sank)'), null);
  });

  it('still reads a subject before an adverb before the verb', () => {
    assert.equal(sourceOf('Wardens reportedly said 12 boats sank.'), 'Wardens');
  });
});
