// A quote repeated so often that its words are too common to search by, until one article is emptied:
// the collection must then find what the other articles share through those words, as a fresh read
// does, and say which articles changed so an editor shows it without a re-index.
import { strict as assert } from 'node:assert';
import { Collection } from '../../../server/src/corpus/collection';
import { analysed, everythingSeen, freshCollection, storyConfig } from './inventedStory';

const QUOTE = '“Those crews were told to keep the pumps running until the water reached the gate, and nobody checked on them,”';
const FRAGMENT = '‘keep the pumps running until the water reached the gate’';

/** An article quoting the whole sentence `times` times, as pages that repeat a pull quote do. */
function repeating(times: number): string {
  return Array.from({ length: times }, () => `${QUOTE} said Mara Quillon, who leads the Ostrava Dockworkers' Guild.`).join('\n\n') + '\n';
}

/**
 * Ten articles quote the sentence five times each: with the late article's fragment that makes 51
 * holders of the fragment's words, one more than a key may have to be searched by.
 */
function texts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (let i = 0; i < 10; i++) texts.set(`pages/page-${i}.txt`, repeating(5));
  texts.set('pages/zz-late.txt', `Guild leader Mara Quillon said crews had been told to ${FRAGMENT}.\n`);
  return texts;
}

describe('corpus collection: quotes turning rare again', () => {
  const config = storyConfig();

  it('links the late article once emptying one article makes the quote rare enough to search by', () => {
    const before = texts();
    const collection = freshCollection(config, before);
    assert.deepEqual(
      collection.diagnostics('pages/zz-late.txt').filter((d) => d.code === 'quote-variant'),
      [],
      'with 51 holders the fragment is not searched for',
    );
    everythingSeen(collection);

    const changed = collection.update('pages/page-3.txt', '', analysed(config, 'pages/page-3.txt', ''));
    const after = new Map(before).set('pages/page-3.txt', '');
    const fresh = freshCollection(config, after);
    const variant = fresh.diagnostics('pages/zz-late.txt').find((d) => d.code === 'quote-variant');
    assert.ok(variant, 'a fresh read links the fragment to the full quotes');
    assert.deepEqual(everythingSeen(collection), everythingSeen(fresh));
    assert.ok(changed.includes('pages/zz-late.txt') && changed.includes('pages/page-0.txt'), `changed: ${changed.join(', ')}`);
  });

  it('stops searching by the quote when an article brings it back over the limit', () => {
    const before = texts();
    before.set('pages/page-3.txt', '');
    const collection = freshCollection(config, before);
    assert.ok(collection.diagnostics('pages/zz-late.txt').some((d) => d.code === 'quote-variant'));
    everythingSeen(collection);

    collection.update('pages/page-3.txt', repeating(5), analysed(config, 'pages/page-3.txt', repeating(5)));
    const fresh = freshCollection(config, texts());
    assert.deepEqual(everythingSeen(collection), everythingSeen(fresh));
  });

  it('gives the same answers whatever order the articles were added in', () => {
    const all = [...texts()];
    const reversed = new Collection(config);
    for (const [path, text] of [...all].reverse()) reversed.update(path, text, analysed(config, path, text));
    assert.deepEqual(everythingSeen(reversed), everythingSeen(freshCollection(config, new Map(all))));
  });
});
