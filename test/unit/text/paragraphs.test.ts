import { strict as assert } from 'node:assert';
import { paragraphsOf } from '../../../server/src/core/text/paragraphs';

function paragraphs(text: string): string[] {
  return paragraphsOf(text).map((p) => text.slice(p.start, p.end));
}

describe('paragraphsOf', () => {
  it('separates blocks at blank lines, including lines of white space and CRLF endings', () => {
    assert.deepEqual(paragraphs('First block.\r\n  \r\nSecond block.\n\n\nThird.'), ['First block.', 'Second block.', 'Third.']);
  });

  it('treats every line as a paragraph when an article puts one paragraph per line', () => {
    const text =
      'The council voted on Monday to close the harbour bridge for repairs lasting most of the coming winter season.\n' +
      'Engineers said the cables had corroded faster than expected after two wet summers and heavy lorry traffic.\n' +
      'Ferry services will run every twenty minutes.';
    assert.equal(paragraphs(text).length, 3);
  });

  it('keeps hard-wrapped text together as one paragraph', () => {
    const text = 'The council voted on Monday to close the harbour\nbridge for repairs lasting most of the coming\nwinter season.\n\nNext paragraph.';
    assert.deepEqual(paragraphs(text), ['The council voted on Monday to close the harbour\nbridge for repairs lasting most of the coming\nwinter season.', 'Next paragraph.']);
  });

  it('keeps a title apart from the line under it, but joins a line broken mid-sentence', () => {
    assert.deepEqual(paragraphs('Council closes bridge\nThe council voted on Monday.'), ['Council closes bridge', 'The council voted on Monday.']);
    assert.deepEqual(paragraphs('The council voted on Monday to close the harbour\nbridge for the winter.'), ['The council voted on Monday to close the harbour\nbridge for the winter.']);
  });

  it('keeps list items and headings as separate paragraphs even without blank lines', () => {
    assert.deepEqual(paragraphs('# Title\n- one item\n- two item'), ['# Title', '- one item', '- two item']);
  });
});
