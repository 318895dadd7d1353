// How much of a huge open document is analysed: up to the size limit in UTF-8 bytes, ending at a line
// break, and always a beginning of the text itself so every offset stays the document's own.
import { strict as assert } from 'node:assert';
import { analysedPart } from '../../../server/src/workspace/analysedPart';

describe('analysed part of an open document', () => {
  it('keeps a document within the limit whole', () => {
    const text = 'A short brief.\n'.repeat(60);
    assert.deepEqual(analysedPart(text, 1), { text, cut: false });
  });

  it('ends a longer document at the last line break within the limit', () => {
    const line = 'The harbour master said the crew trained for this.\n';
    const text = line.repeat(100);
    const part = analysedPart(text, 1);
    assert.equal(part.cut, true);
    assert.ok(text.startsWith(part.text));
    assert.ok(part.text.endsWith('\n'));
    assert.equal(part.text.length, Math.floor(1024 / line.length) * line.length);
  });

  it('counts UTF-8 bytes, never splitting a character outside the basic plane', () => {
    // Each emoji is two UTF-16 units and four bytes: 256 of them fill one kilobyte exactly.
    const text = '🚢'.repeat(300);
    const part = analysedPart(text, 1);
    assert.equal(part.cut, true);
    assert.equal(part.text, '🚢'.repeat(256));
    assert.equal(Buffer.byteLength(analysedPart('é'.repeat(600), 1).text), 1024);
  });

  it('is not cut when the bytes fit even though the characters are many', () => {
    const text = 'a'.repeat(1024);
    assert.deepEqual(analysedPart(text, 1), { text, cut: false });
    assert.equal(analysedPart(text + 'b', 1).cut, true);
  });
});
