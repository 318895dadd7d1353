// Text from articles and file names put into one-line messages keeps every character but those that
// break or reorder a line, which are written as escapes.
import { strict as assert } from 'node:assert';
import { printable } from '../../../server/src/corpus/printable';

describe('printable message text', () => {
  it('escapes line breaks, controls and bidi formatting characters', () => {
    assert.equal(printable('a\nb\r\nc'), 'a\\nb\\r\\nc');
    assert.equal(printable('Harbor \u202eregdeL\u202c'), 'Harbor \\u202eregdeL\\u202c');
    assert.equal(printable('\u2066x\u2069 \u200e\u200f\u061c \u2028\u2029 \u0000\u001b[31m \u007f\u0085'), '\\u2066x\\u2069 \\u200e\\u200f\\u061c \\u2028\\u2029 \\u0000\\u001b[31m \\u007f\\u0085');
  });

  it('leaves other text alone: tabs, accents, right-to-left letters, emoji, joiners', () => {
    const text = 'Díaz-Canel\tسلام עולם 🚢 👩\u200d🚒 e\u0301';
    assert.equal(printable(text), text);
  });
});
