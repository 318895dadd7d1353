// Files that are not article text are refused with the place of the first byte that is not text, so
// the user can find it; the place counts characters as the editor shows them.
import { strict as assert } from 'node:assert';
import { decodeArticle, readProblemLine } from '../../../server/src/workspace/readArticle';

function refusal(bytes: Uint8Array) {
  const read = decodeArticle(bytes);
  assert.equal(read.ok, false);
  return read as Extract<typeof read, { ok: false }>;
}

describe('reading an article file', () => {
  it('reads UTF-8 text, dropping a byte-order mark', () => {
    assert.deepEqual(decodeArticle(Buffer.from('\ufeffCafé 🚢\n', 'utf8')), { ok: true, text: 'Café 🚢\n' });
  });

  it('places the first NUL byte by line and UTF-16 character', () => {
    const read = refusal(Buffer.concat([Buffer.from('Ferry\n🚢é', 'utf8'), Buffer.from([0, 1, 2])]));
    assert.deepEqual([read.problem, read.at], ['binary', { line: 1, character: 3 }]);
    assert.equal(readProblemLine('scan.txt', read), 'scan.txt:2:4: binary file (contains NUL bytes), skipped');
  });

  it('places the first byte that breaks UTF-8: a lone Latin-1 letter, a truncated sequence, a surrogate, an overlong form', () => {
    const cases: [number[], { line: number; character: number }][] = [
      [[0x43, 0x61, 0x66, 0xe9, 0x0a], { line: 0, character: 3 }],
      [[0x0a, 0x0a, 0x41, 0xe2, 0x82], { line: 2, character: 1 }],
      [[0xc3, 0xa9, 0xed, 0xa0, 0x80], { line: 0, character: 1 }],
      [[0x41, 0x0a, 0xc0, 0xaf], { line: 1, character: 0 }],
      [[0xf0, 0x9f, 0x9a, 0xa2, 0xf4, 0x90, 0x80, 0x80], { line: 0, character: 2 }],
    ];
    for (const [bytes, at] of cases) {
      const read = refusal(new Uint8Array(bytes));
      assert.deepEqual([read.reason, read.at], ['not valid UTF-8 text, skipped', at], bytes.join(' '));
    }
  });
});
