// Re-anchoring one annotation: the work it takes is bounded by the quote and the nearby context, not
// by how long the stored prefix and suffix are or how often a long quote overlaps itself.
import { strict as assert } from 'node:assert';
import { anchorIn } from '../../../server/src/workspace/annotations/anchor';

describe('anchoring an annotation in its article', () => {
  it('orphans a short quote that repeats all through a megabyte of text, whatever its megabyte of context', () => {
    const text = 'a'.repeat(1_000_000);
    const quote = { exact: 'a', prefix: 'a'.repeat(1_000_000), suffix: 'a'.repeat(1_000_000) };
    assert.deepEqual(anchorIn(text, { quote, position: null }), { status: 'orphaned' });
  });

  it('orphans a long quote that overlaps itself at every character', () => {
    const text = 'a'.repeat(2_000_000);
    const quote = { exact: 'a'.repeat(1_000_000), prefix: '', suffix: '' };
    assert.deepEqual(anchorIn(text, { quote, position: { start: 0, end: 1_000_000 } }), { status: 'orphaned' });
  });

  it('still anchors a long quote found once', () => {
    const exact = `${'The tide gauge at Wrenmouth read '.repeat(20_000)}four metres.`;
    const text = `Flood report\n\n${exact}\n`;
    assert.deepEqual(anchorIn(text, { quote: { exact, prefix: '', suffix: '' }, position: null }), { status: 'anchored', start: 14, end: 14 + exact.length });
  });

  it('tells repeats apart by the context nearest the words, even when the stored context runs on', () => {
    const text = 'The ferry left at noon. The ferry left at dawn and more and more';
    const quote = { exact: 'The ferry left', prefix: '', suffix: ` at dawn${' and more'.repeat(100_000)}` };
    assert.deepEqual(anchorIn(text, { quote, position: null }), { status: 'anchored', start: 24, end: 38 });
  });
});
