import { strict as assert } from 'node:assert';
import type { EntityType } from '../../../server/src/core/types';
import { quotesIn, quoteStarting } from './helpers';

function speakerOf(text: string, opening: string, names: [string, EntityType][] = []): [string | null, string | null] {
  const quote = quoteStarting(quotesIn(text, names), opening);
  if (quote.speakerSpan) assert.equal(text.slice(quote.speakerSpan.start, quote.speakerSpan.end), quote.speakerText);
  return [quote.speakerText, quote.cue];
}

describe('quote speakers', () => {
  it('reads "said X" and "X said" on either side of the quote', () => {
    assert.deepEqual(speakerOf('“The water is rising,” said Tomas Lindqvist.', 'The water'), ['Tomas Lindqvist', 'said']);
    assert.deepEqual(speakerOf('“The water is rising,” Tomas Lindqvist said on Monday.', 'The water'), ['Tomas Lindqvist', 'said']);
    assert.deepEqual(speakerOf('Tomas Lindqvist said: “The water is rising.”', 'The water'), ['Tomas Lindqvist', 'said']);
    assert.deepEqual(speakerOf('“The water is rising,” says Tomas Lindqvist, who runs the pumps.', 'The water'), ['Tomas Lindqvist', 'says']);
  });

  it('skips an aside between the speaker and the verb', () => {
    const text = '"Nobody warned us," Rosa Okafor, a retiree who has lived on the quay for forty years, said.';
    assert.deepEqual(speakerOf(text, 'Nobody'), ['Rosa Okafor', 'said']);
    assert.deepEqual(speakerOf('"It holds," Dale Pruett, 65, a welder, said.', 'It holds'), ['Dale Pruett', 'said']);
    assert.deepEqual(speakerOf('"It holds," Sen. Mara Voss (D-Ore.) said.', 'It holds'), ['Mara Voss', 'said']);
  });

  it('skips a party label and an aside together, and several asides', () => {
    assert.deepEqual(speakerOf('“It leaks,” Rep. Mara Voss (D-Ore.), a member of the panel, said on Friday.', 'It leaks'), ['Mara Voss', 'said']);
    const text = '“It leaks,” Dale Pruett, the county engineer, one of the people who built it, said.';
    assert.deepEqual(speakerOf(text, 'It leaks'), ['Dale Pruett', 'said']);
  });

  it('does not take a speech verb used as a noun for a cue', () => {
    const text = '“It leaks,” Dale Pruett, who speaks for the states suing the builder, said.';
    assert.deepEqual(speakerOf(text, 'It leaks'), ['Dale Pruett', 'said']);
  });

  it('reads "according to X", "X stated", "X wrote", "X warned … that", "told reporters"', () => {
    assert.deepEqual(speakerOf('The levee will hold “for another decade,” according to Priya Natarajan.', 'for another'), ['Priya Natarajan', 'according to']);
    assert.deepEqual(speakerOf('“We are ready,” Governor Elin Marsh stated in a briefing.', 'We are'), ['Elin Marsh', 'stated']);
    assert.deepEqual(speakerOf('“Pay the crews first,” Ivo Brandt wrote in a post.', 'Pay the'), ['Ivo Brandt', 'wrote']);
    assert.deepEqual(speakerOf('Ivo Brandt warned in a post on Sunday that “no more money” would come.', 'no more'), ['Ivo Brandt', 'warned']);
    assert.deepEqual(speakerOf('Ivo Brandt told reporters that the dam was “perfectly safe for now.”', 'perfectly'), ['Ivo Brandt', 'told']);
  });

  it('takes the subject of the clause for "stating that" and "adding that"', () => {
    const text = 'Harbour chief Lena Moreau rejected the plan, stating that there could be “no deal under threat.”';
    assert.deepEqual(speakerOf(text, 'no deal'), ['Lena Moreau', 'stating']);
    const added = '“The pumps work,” Lena Moreau said, adding that the town should “stay calm and dry.”';
    assert.deepEqual(speakerOf(added, 'stay calm'), ['Lena Moreau', 'adding']);
  });

  it('reads "in a statement, X said" and "X said in a post"', () => {
    assert.deepEqual(speakerOf('In a statement, the Port Authority said it wanted the quay “run safely and openly.”', 'run safely'), ['the Port Authority', 'said']);
    assert.deepEqual(speakerOf('"We owe them answers," Ivo Brandt said in a post.', 'We owe'), ['Ivo Brandt', 'said']);
  });

  it('keeps unnamed speakers as written', () => {
    assert.deepEqual(speakerOf('“The pumps are old,” a city hall official said.', 'The pumps'), ['a city hall official', 'said']);
    assert.deepEqual(speakerOf('“The pumps are old,” said one harbour official.', 'The pumps'), ['one harbour official', 'said']);
    assert.deepEqual(speakerOf('The town could flood “within weeks,” according to engineers.', 'within'), ['engineers', 'according to']);
  });

  it('leaves titles out of the speaker when a name follows', () => {
    assert.deepEqual(speakerOf('“It will hold,” Harbour Minister Dara Quill said.', 'It will'), ['Dara Quill', 'said']);
    assert.deepEqual(speakerOf('“It will hold,” said Secretary of State Dara Quill.', 'It will'), ['Dara Quill', 'said']);
    assert.deepEqual(speakerOf('“It will hold,” President Dara Quill said.', 'It will'), ['Dara Quill', 'said']);
  });

  it('points at the entity mention and reports its entity', () => {
    const text = '“The repairs start Monday,” Mayor Ana Ruiz said.';
    const quote = quotesIn(text, [['Ana Ruiz', 'person']])[0];
    assert.equal(quote.speakerText, 'Ana Ruiz');
    assert.deepEqual(quote.speakerSpan, { start: text.indexOf('Ana Ruiz'), end: text.indexOf('Ana Ruiz') + 8 });
    assert.equal(quote.speakerEntity, 0);
  });

  it('does not give a named entity to an unnamed speaker', () => {
    const quote = quotesIn('“It is fine,” a Port Authority spokesman said.', [['Port Authority', 'organization']])[0];
    assert.equal(quote.speakerText, 'a Port Authority spokesman');
    assert.equal(quote.speakerEntity, null);
  });

  it('carries the speaker to the next quote in the same paragraph', () => {
    const text = '“We were lucky,” said Rosa Okafor. “Next year we may not be.”';
    const quotes = quotesIn(text, [['Rosa Okafor', 'person']]);
    assert.equal(quoteStarting(quotes, 'Next year').speakerText, 'Rosa Okafor');
    assert.equal(quoteStarting(quotes, 'Next year').speakerEntity, 0);
  });

  it('takes the name set off after a description, and leaves the description out', () => {
    assert.deepEqual(speakerOf('“We are staying,” the harbour master, Ilse Brandvold, said on Friday.', 'We are'), ['Ilse Brandvold', 'said']);
    assert.deepEqual(speakerOf('‘It sounded like thunder,’ said bakery owner Mirela Sousa, who lives nearby.', 'It sounded'), ['Mirela Sousa', 'said']);
    assert.deepEqual(speakerOf('Retired ferryman Oskar Lind, who has lived here all his life, said: “Never like this.”', 'Never'), ['Oskar Lind', 'said']);
  });

  it('does not take a group opening a sentence for a person a pronoun can stand for', () => {
    const text = 'Brandvold toured the quay. Forecasters have warned of more rain. “Close the quay first,” he said.';
    assert.equal(quotesIn(text)[0].speakerText, 'Brandvold');
  });

  it('carries the speaker of the paragraph before to a paragraph that is a quote with no cue', () => {
    const text = '“The water rose fast,” said Rosa Okafor.\n\n“Nobody told us anything.”\n\n“We moved the boats ourselves.”';
    assert.equal(quoteStarting(quotesIn(text), 'Nobody').speakerText, 'Rosa Okafor');
    assert.equal(quoteStarting(quotesIn(text), 'We moved').speakerText, 'Rosa Okafor');
  });

  it('carries the voice of reported speech in the paragraph before', () => {
    const text = 'The harbour board said in a statement that the quay would reopen.\n\n“Repairs are finished and the cranes are back.”';
    assert.equal(quoteStarting(quotesIn(text), 'Repairs').speakerText, 'The harbour board');
  });

  it('does not carry a speaker to a quote whose own sentence has a cue, nor past a paragraph of plain narration', () => {
    const cued = '“The water rose fast,” said Rosa Okafor.\n\n“Nobody told us,” said 9/11 survivor.';
    assert.equal(quoteStarting(quotesIn(cued), 'Nobody').speakerText, null);
    const narrated = '“The water rose fast,” said Rosa Okafor.\n\nThe council met on Friday.\n\n“Nobody told us anything.”';
    assert.equal(quoteStarting(quotesIn(narrated), 'Nobody').speakerText, null);
  });

  it('does not carry a speaker into another paragraph unless the quote continues there', () => {
    const text = '“We were lucky,” said Rosa Okafor.\n\nThe council met on Friday and voted for “a wholly new approach to the quay.”';
    assert.equal(quoteStarting(quotesIn(text), 'a wholly').speakerText, null);
    const continued = '“We were lucky,” said Rosa Okafor. “The water came fast.\n\n“Then it stopped as fast as it came.”';
    assert.equal(quoteStarting(quotesIn(continued), 'Then it').speakerText, 'Rosa Okafor');
  });

  it('resolves pronouns to the most recent person speaker or subject, with the name’s span', () => {
    const text = 'Ana Ruiz thanked Tom Bell for the sandbags. “We owe him a lot,” she said.';
    const quote = quotesIn(text, [['Ana Ruiz', 'person'], ['Tom Bell', 'person']])[0];
    assert.equal(quote.speakerText, 'Ana Ruiz');
    assert.deepEqual(quote.speakerSpan, { start: 0, end: 8 });
    assert.equal(quote.speakerEntity, 0);
    assert.equal(quote.cue, 'said');
  });

  it('resolves a pronoun to a person named in the previous paragraph', () => {
    const text = 'Harbour chief Lena Moreau toured the quay on Friday.\n\n“It is worse than we thought,” she wrote afterwards.';
    const quote = quotesIn(text, [['Lena Moreau', 'person']])[0];
    assert.equal(quote.speakerText, 'Lena Moreau');
    assert.equal(quote.speakerEntity, 0);
  });

  it('resolves "they" to an unnamed group that spoke before', () => {
    const text = 'Engineers said the wall was sound. “It will hold for years,” they said.';
    assert.equal(quotesIn(text)[0].speakerText, 'Engineers');
  });

  it('finds the speaker in the adjacent sentence', () => {
    assert.deepEqual(speakerOf('“The quay is closed.” Harbour chief Lena Moreau said so on Friday.', 'The quay'), ['Lena Moreau', 'said']);
    assert.deepEqual(speakerOf('“Dig.” The order came from Tomas Lindqvist, who said nothing else.', 'Dig'), [null, null]);
  });

  it('reads shouting, yelling, chanting, commenting and a sign that reads', () => {
    assert.deepEqual(speakerOf('Dockers can be heard shouting “Get back!” as the crane tips.', 'Get back'), ['Dockers', 'shouting']);
    assert.deepEqual(speakerOf('At one point Ilse Brandvold yells down, “Stay where you are!”', 'Stay', [['Ilse Brandvold', 'person']]), ['Ilse Brandvold', 'yells']);
    assert.deepEqual(speakerOf('Another reader commented: “The ferry was late again.”', 'The ferry'), ['Another reader', 'commented']);
    assert.deepEqual(speakerOf('The warning sign reads: “Keep off the slipway at high tide.”', 'Keep off'), ['The warning sign', 'reads']);
  });

  it('takes the one heard or seen as the speaker of "can be heard saying"', () => {
    assert.deepEqual(speakerOf('In the recording the skipper Oskar Lind can be heard saying: “We are taking on water.”', 'We are', [['Oskar Lind', 'person']]), ['Oskar Lind', 'saying']);
    assert.deepEqual(speakerOf('The frightened mother can then be heard telling the crew, “He is under the pier.”', 'He is'), ['The frightened mother', 'telling']);
  });

  it('takes the name a "who told" clause hangs on as the speaker of the quote it introduces', () => {
    const text = 'The coach noticed something was wrong with Oskar Lind, who told a deckhand, “I do not feel well.”';
    assert.deepEqual(speakerOf(text, 'I do not', [['Oskar Lind', 'person']]), ['Oskar Lind', 'told']);
  });

  it('reads a named subject before a colon as the speaker of the quote it introduces', () => {
    const text = 'In a harbour newsletter, Mirela Sousa had a shorter way to put it: “This is a good day.”';
    assert.deepEqual(speakerOf(text, 'This is', [['Mirela Sousa', 'person']]), ['Mirela Sousa', ':']);
    assert.deepEqual(speakerOf('Or in other words: “Nobody knows where it lands.”', 'Nobody'), [null, null]);
  });

  it('takes a name signed after a dash', () => {
    assert.deepEqual(speakerOf('“Flooding is the price of neglect.” — Priya Natarajan', 'Flooding'), ['Priya Natarajan', '—']);
  });

  it('leaves a quote with no cue and no earlier speaker unattributed', () => {
    const quote = quotesIn('The slogan “Dry Feet For All Of Us” covered the walls.')[0];
    assert.equal(quote.speakerText, null);
    assert.equal(quote.speakerSpan, null);
    assert.equal(quote.cue, null);
  });

  it('gives each of two speakers in one sentence their own quote', () => {
    const text = '“Build it higher,” said Rosa Okafor, while Dale Pruett said “leave it alone, it works.”';
    const quotes = quotesIn(text);
    assert.equal(quoteStarting(quotes, 'Build').speakerText, 'Rosa Okafor');
    assert.equal(quoteStarting(quotes, 'leave').speakerText, 'Dale Pruett');
  });
});
