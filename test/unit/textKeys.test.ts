// Words from an article or names from .crosscheck.json that a plain JavaScript object already holds
// ("constructor", "__proto__", "toString") are ordinary words: looking them up finds nothing.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../server/src/core/analyze';
import { calendarDateAt } from '../../server/src/core/text/calendarDate';
import { foldForMatch } from '../../server/src/core/text/fold';
import { configEntry } from '../../server/src/corpus/collection';
import { parseConfig } from '../../server/src/corpus/config';
import { outletOfHost } from '../../server/src/corpus/outletNames';
import { foldedWords } from '../../server/src/corpus/fold';
import { settingsFrom } from '../../server/src/features/settingsReader';
import { analyzeOptionsFor } from '../../server/src/workspace/collectionConfig';
import { checkCollection } from './property/invariants';

const INHERITED = ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf'];

function configFrom(text: string) {
  const result = parseConfig(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.config;
}

describe('words every object inherits, as text', () => {
  it('are no contraction ending', () => {
    for (const key of INHERITED) {
      for (const apostrophe of ["'", '’']) {
        // Underscores are not letters: "it'__proto__" is the word "it" and the word "proto".
        const expected = key.startsWith('_') ? ['it', key.replace(/_/g, '').toLowerCase()] : [`it${key}`.toLowerCase()];
        assert.deepEqual(foldedWords(`it${apostrophe}${key}`).map((w) => w.word), expected, `it${apostrophe}${key}`);
      }
    }
  });

  it('are no month name', () => {
    for (const key of INHERITED) assert.equal(calendarDateAt(`${key} 3, 2026`, 0), null, key);
    assert.equal(analyzeArticle('date constructor 3, 2026\n\nThe ferry sailed.').metadata.published, null);
    assert.equal(foldForMatch('Constructor “toString”'), 'constructor "tostring"');
  });

  it('are no file the config dates or names an outlet for', () => {
    const config = configFrom('{ "published": { "a.txt": "2026-03-01" }, "outlets": { "a.txt": "The Lantern Gazette" } }');
    for (const key of INHERITED) {
      assert.deepEqual(analyzeOptionsFor(config, key, null), { published: null, outlet: null, fallbackPublished: null }, key);
      assert.equal(configEntry(config.outlets, key), undefined, key);
      assert.equal(configEntry({ 'b.txt': 'Harbour Weekly' }, key), undefined, `${key} in a table written in code`);
    }
  });

  it('are ordinary file names in the config', () => {
    const config = configFrom('{ "published": { "__proto__": "2026-03-01", "constructor": "2026-03-02" }, "aliases": { "__proto__": ["Proto"] } }');
    assert.equal(analyzeOptionsFor(config, '__proto__', null).published, '2026-03-01');
    assert.equal(analyzeOptionsFor(config, 'constructor', null).published, '2026-03-02');
    assert.deepEqual(Object.keys(config.aliases), ['__proto__']);
  });

  it('are no outlet a host names', () => {
    for (const key of INHERITED) assert.equal(outletOfHost(`${key}.com`), `${key}.com`, key);
    assert.equal(outletOfHost('www.bbc.co.uk'), 'BBC');
  });

  it('are no diagnostic code in the settings', () => {
    const settings = settingsFrom({ severity: { constructor: 'off', toString: 'error', 'unsourced-claim': 'hint' } });
    assert.deepEqual({ ...settings.severity }, { 'unsourced-claim': 'hint' });
  });
});

describe('text that once stopped a whole collection', () => {
  // Each of these lines made the analysis throw, taking every other article's findings with it.
  const lines = [
    '- also said 40 people died',
    'tedly said',
    '(reportedly said 40 died)',
    'strongly suggest',
    "it'constructor",
    'O’constructor',
    'date constructor 3, 2026',
    '"" tedly said Ilse Marrow.',
  ];
  const story = 'The harbour master, Ilse Marrow, said 212 passengers were aboard the Skerrow ferry.';

  for (const line of lines) {
    it(`analyses "${line}" alone and beside other articles`, () => {
      checkCollection([line]);
      checkCollection([story, `${story}\n\n${line}\n`, line.replace(/\d+/g, '7')]);
    });
  }
});
