// The JSON reader behind `.crosscheck.json` and annotation files refuses nesting deeper than any such
// file needs, with the place, instead of running out of stack.
import { strict as assert } from 'node:assert';
import { JsonSyntaxError, MAX_JSON_DEPTH, parseJsonTree, plainValue } from '../../../server/src/corpus/jsonTree';

describe('JSON reader nesting', () => {
  it(`reads ${MAX_JSON_DEPTH} levels of nesting`, () => {
    const text = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    let value = plainValue(parseJsonTree(text));
    for (let depth = 1; depth < MAX_JSON_DEPTH; depth++) value = (value as unknown[])[0];
    assert.deepEqual(value, []);
  });

  it('refuses 20,000 levels with an error at the first level too deep', () => {
    const text = `{"a": ${'[{"b": '.repeat(10_000)}1${'}]'.repeat(10_000)}}`;
    assert.throws(
      () => parseJsonTree(text),
      (error: unknown) => error instanceof JsonSyntaxError && /nested deeper than 256 levels/.test(error.message) && error.offset === text.indexOf('[') + 7 * 127 + 1,
    );
  });
});
