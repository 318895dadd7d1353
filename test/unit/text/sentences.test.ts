import { strict as assert } from 'node:assert';
import { sentencesOf } from '../../../server/src/core/text/sentences';

function split(text: string): string[] {
  return sentencesOf(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe('sentencesOf', () => {
  it('splits at full stops, question and exclamation marks', () => {
    assert.deepEqual(split('The ferry left at noon. Was anyone aboard? Nobody knows!'), [
      'The ferry left at noon.',
      'Was anyone aboard?',
      'Nobody knows!',
    ]);
  });

  it('does not split after month abbreviations, titles or company suffixes before a name', () => {
    const text = 'On Sept. 4 Sen. Ada Mirelli met Gov. Rui Baptista and Mr. Okafor at St. Brendan hall. It rained.';
    assert.deepEqual(split(text), ['On Sept. 4 Sen. Ada Mirelli met Gov. Rui Baptista and Mr. Okafor at St. Brendan hall.', 'It rained.']);
    assert.deepEqual(split('Tarvo Inc. Chairman Pell resigned on Jan. 9. Dr. Ruiz and Mrs. Ode agreed.'), [
      'Tarvo Inc. Chairman Pell resigned on Jan. 9.',
      'Dr. Ruiz and Mrs. Ode agreed.',
    ]);
    assert.deepEqual(split('Rep. Lund cited Order No. 7 from Gen. Sato of Verdana Corp. Ltd. Boston.'), [
      'Rep. Lund cited Order No. 7 from Gen. Sato of Verdana Corp. Ltd. Boston.',
    ]);
  });

  it('splits after "U.S." only when a usual sentence opener follows', () => {
    assert.deepEqual(split('The U.S. Navy sailed. It came back to the U.S. The crew rested.'), [
      'The U.S. Navy sailed.',
      'It came back to the U.S.',
      'The crew rested.',
    ]);
  });

  it('keeps initials inside names', () => {
    assert.deepEqual(split('Harriet P. Colwell met Omar J. R. Haddad. They talked.'), [
      'Harriet P. Colwell met Omar J. R. Haddad.',
      'They talked.',
    ]);
  });

  it('keeps decimals and ellipses inside the sentence', () => {
    assert.deepEqual(split('Output rose 3.5 percent... or so we hear. Prices fell… Nobody expected it.'), [
      'Output rose 3.5 percent... or so we hear.',
      'Prices fell… Nobody expected it.',
    ]);
    assert.deepEqual(split('He paused... Then he left.'), ['He paused...', 'Then he left.']);
  });

  it('ends a sentence after closing quotes and keeps attributions that follow in lower case', () => {
    const text = '“We will rebuild.” The mayor left. "Is it safe?" she asked. She said: ‘Not yet.’ Work resumed.';
    assert.deepEqual(split(text), ['“We will rebuild.”', 'The mayor left.', '"Is it safe?" she asked.', 'She said: ‘Not yet.’', 'Work resumed.']);
  });

  it('is not broken by markdown emphasis and escapes', () => {
    assert.deepEqual(split('It cost **\\$4.2 million**. The *Ledger* reported it.'), ['It cost **\\$4.2 million**.', 'The *Ledger* reported it.']);
  });

  it('only splits inside the given range and trims white space', () => {
    const text = 'xx  One. Two.  yy';
    const ranges = sentencesOf(text, 2, 15);
    assert.deepEqual(ranges.map((r) => text.slice(r.start, r.end)), ['One.', 'Two.']);
  });
});
