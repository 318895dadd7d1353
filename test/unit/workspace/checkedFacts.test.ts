// Facts read back from the cache are used only when they are exactly facts of the text: the right
// shape, every offset inside the text, every span equal to its slice, every index pointing at an item.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { analyzeArticle } from '../../../server/src/core/analyze';
import { checkedFacts } from '../../../server/src/workspace/checkedFacts';

const fixtures = nodePath.resolve(__dirname, '..', '..', 'fixtures');
const TEXT = fs.readFileSync(nodePath.join(fixtures, 'ferry-fire', 'coastline-courier.md'), 'utf8');

/** Facts as they come back from a JSON file. */
function stored(text = TEXT): Record<string, any> {
  return JSON.parse(JSON.stringify(analyzeArticle(text)));
}

describe('facts read back from the cache', () => {
  it('accepts the facts of every fixture article, and of an empty one', () => {
    for (const folder of ['ferry-fire', 'quiet-library']) {
      for (const name of fs.readdirSync(nodePath.join(fixtures, folder)).filter((n) => /\.(md|txt)$/.test(n))) {
        const text = fs.readFileSync(nodePath.join(fixtures, folder, name), 'utf8');
        assert.ok(checkedFacts(text, stored(text)), name);
      }
    }
    assert.ok(checkedFacts('', stored('')));
  });

  it('has facts to check in the fixture', () => {
    const facts = stored();
    assert.ok(facts.entities.length > 0 && facts.quotes.length > 0 && facts.claims.length > 0 && facts.dates.length > 0);
  });

  const damages: [string, (facts: Record<string, any>) => unknown][] = [
    ['not an object', () => [1, 2]],
    ['a field of the wrong kind', (f) => ((f.entities = 'oops'), f)],
    ['a missing field', (f) => (delete f.cites, f)],
    ['the length of another text', (f) => ((f.length += 1), f)],
    ['a span moved by one', (f) => ((f.entities[0].start += 1), f)],
    ['a span past the end', (f) => ((f.quotes[0].end = TEXT.length + 5), f)],
    ['a span ending before it starts', (f) => ((f.claims[0].end = f.claims[0].start - 1), f)],
    ['a span whose text is not the slice', (f) => ((f.dates[0].text = 'yesterday'), f)],
    ['an offset that is not a whole number', (f) => ((f.layout.paragraphs[0].end = 0.5), f)],
    ['an entity index past the list', (f) => ((f.entities[0].entity = f.entityList.length), f)],
    ['a sentence in no paragraph', (f) => ((f.layout.sentences[0].paragraph = -1), f)],
    ['an unknown quote kind', (f) => ((f.quotes[0].kind = 'rumour'), f)],
    ['a claim pointing at a date that is not there', (f) => ((f.claims[0].dates = [f.dates.length]), f)],
    ['a figure that is not a number', (f) => {
      const claim = f.claims.find((c: { figures: unknown[] }) => c.figures.length > 0);
      claim.figures[0].value = '40';
      return f;
    }],
    ['an entity list out of order', (f) => ((f.entityList[0].id = 7), f)],
    ['metadata of the wrong shape', (f) => ((f.metadata = null), f)],
  ];
  for (const [name, damage] of damages) {
    it(`refuses facts with ${name}`, () => {
      assert.equal(checkedFacts(TEXT, damage(stored())), null);
    });
  }
});
