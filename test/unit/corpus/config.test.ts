import { strict as assert } from 'node:assert';
import { applyTeaching, parseConfig } from '../../../server/src/corpus/config';

function parsed(text: string) {
  const result = parseConfig(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.config;
}

function failure(text: string) {
  const result = parseConfig(text);
  assert.equal(result.ok, false, 'expected an error');
  return (result as { ok: false; error: { message: string; offset?: number; line?: number; character?: number } }).error;
}

describe('corpus config: reading .crosscheck.json', () => {
  it('gives the defaults for an empty file or an empty object', () => {
    for (const text of ['', '{}']) {
      const config = parsed(text);
      assert.deepEqual(config.articles, ['**/*.txt', '**/*.md']);
      assert.deepEqual(config.notSame, []);
      assert.deepEqual({ ...config.aliases }, {});
    }
  });

  it('reads every field, with comments and trailing commas', () => {
    const config = parsed(`{
      // which files are articles
      "articles": ["stories/**/*.md"],
      "exclude": ["drafts/**"],
      "published": { "stories/harbour.md": "2031-04-02" },
      "outlets": { "stories/harbour.md": "The Lantern Gazette" },
      "aliases": { "Inés Ferrándiz": ["Ferrandiz", "Ines Ferrandiz"] },
      "notSame": [["Tomás Ybarra", "Lucía Ybarra"]],
      "entityTypes": { "Marrowgate": "organization" },
      /* suppressed findings */
      "ignore": ["the ferry carries 400 passengers"],
    }`);
    assert.deepEqual(config.articles, ['stories/**/*.md']);
    assert.deepEqual(config.exclude, ['drafts/**']);
    assert.equal(config.published['stories/harbour.md'], '2031-04-02');
    assert.equal(config.outlets['stories/harbour.md'], 'The Lantern Gazette');
    assert.deepEqual(config.aliases['Inés Ferrándiz'], ['Ferrandiz', 'Ines Ferrandiz']);
    assert.deepEqual(config.notSame, [['Tomás Ybarra', 'Lucía Ybarra']]);
    assert.equal(config.entityTypes['Marrowgate'], 'organization');
    assert.deepEqual(config.ignore, ['the ferry carries 400 passengers']);
  });

  it('reports malformed JSON with its line and column instead of throwing', () => {
    const error = failure('{\n  "articles": ["*.md"]\n  "exclude": []\n}');
    assert.match(error.message, /malformed JSON/);
    assert.equal(error.line, 2);
    assert.equal(error.character, 2);
  });

  it('reports an unterminated file', () => {
    const error = failure('{ "articles": ["*.md"');
    assert.match(error.message, /malformed JSON/);
    assert.equal(error.offset, 21);
  });

  it('reports wrong shapes with the place of the bad value', () => {
    const cases: [string, RegExp][] = [
      ['[]', /must be a JSON object/],
      ['{ "articles": "*.md" }', /"articles" must be an array of strings/],
      ['{ "ignore": [1] }', /"ignore" must contain only strings/],
      ['{ "published": { "a.md": "April 2" } }', /YYYY-MM-DD/],
      ['{ "entityTypes": { "Marrowgate": "company" } }', /one of person, organization, place/],
      ['{ "notSame": [["only one"]] }', /pair of two names/],
      ['{ "aliases": { "Inés Ferrándiz": "Ferrandiz" } }', /array of strings/],
    ];
    for (const [text, message] of cases) {
      const error = failure(text);
      assert.match(error.message, message, text);
      assert.equal(typeof error.offset, 'number', text);
    }
    assert.equal(failure('{ "ignore": [1] }').offset, 13);
  });

  it('refuses publication dates that are not days of the calendar, and takes leap days', () => {
    for (const date of ['2026-02-31', '2026-02-29', '2026-13-01', '2026-04-31', '1900-02-29', '2026-00-10']) {
      const text = `{ "published": { "a.md": "${date}" } }`;
      const error = failure(text);
      assert.match(error.message, new RegExp(`"${date}" is not a day of the calendar`));
      assert.equal(error.offset, text.indexOf(`"${date}"`));
    }
    assert.equal(parsed('{ "published": { "a.md": "2028-02-29", "b.md": "2000-02-29" } }').published['a.md'], '2028-02-29');
  });
});

describe('corpus config: teaching writes into the user text', () => {
  const original = `{
  // story knowledge for the harbour coverage
  "articles": ["**/*.md"],
  "aliases": {
    "Inés Ferrándiz": ["Ferrandiz"]
  }
}
`;

  it('adds an alias to an existing name, keeping comments and layout', () => {
    const next = applyTeaching(original, { alias: { name: 'Inés Ferrándiz', alias: 'Ines Ferrandiz' } });
    assert.equal(next, original.replace('["Ferrandiz"]', '["Ferrandiz", "Ines Ferrandiz"]'));
    assert.deepEqual(parsed(next).aliases['Inés Ferrándiz'], ['Ferrandiz', 'Ines Ferrandiz']);
  });

  it('adds a new name to the aliases object on its own indented line', () => {
    const next = applyTeaching(original, { alias: { name: 'Tomás Ybarra', alias: 'Tomas Ybarra' } });
    assert.ok(next.includes('    "Inés Ferrándiz": ["Ferrandiz"],\n    "Tomás Ybarra": ["Tomas Ybarra"]\n'), next);
    assert.ok(next.includes('// story knowledge'));
  });

  it('creates missing keys for ignore and notSame', () => {
    let next = applyTeaching(original, { ignore: 'the ferry carries 400 passengers' });
    next = applyTeaching(next, { notSame: ['Tomás Ybarra', 'Lucía Ybarra'] });
    const config = parsed(next);
    assert.deepEqual(config.ignore, ['the ferry carries 400 passengers']);
    assert.deepEqual(config.notSame, [['Tomás Ybarra', 'Lucía Ybarra']]);
    assert.deepEqual(config.aliases['Inés Ferrándiz'], ['Ferrandiz']);
    assert.ok(next.includes('// story knowledge'));
  });

  it('records a publication date under the article’s path, adding to "published" or creating it', () => {
    const created = applyTeaching(original, { published: { path: 'wire/late.md', date: '2031-05-09' } });
    assert.deepEqual({ ...parsed(created).published }, { 'wire/late.md': '2031-05-09' });
    assert.ok(created.includes('// story knowledge'));
    const added = applyTeaching(created, { published: { path: 'early.txt', date: '2031-05-08' } });
    assert.deepEqual({ ...parsed(added).published }, { 'wire/late.md': '2031-05-09', 'early.txt': '2031-05-08' });
    assert.equal(applyTeaching(added, { published: { path: 'early.txt', date: '2031-06-01' } }), added, 'a date the user gave is kept');
  });

  it('appends to an existing one-line array', () => {
    const next = applyTeaching('{ "ignore": ["a"] }', { ignore: 'b' });
    assert.equal(next, '{ "ignore": ["a", "b"] }');
  });

  it('starts a file from nothing', () => {
    const next = applyTeaching('', { alias: { name: 'Inés Ferrándiz', alias: 'Ferrandiz' } });
    assert.deepEqual({ ...parsed(next).aliases }, { 'Inés Ferrándiz': ['Ferrandiz'] });
  });

  it('changes nothing when the teaching is already there, or when the file is unreadable', () => {
    assert.equal(applyTeaching(original, { alias: { name: 'Inés Ferrándiz', alias: 'Ferrandiz' } }), original);
    const broken = '{ "ignore": [ ';
    assert.equal(applyTeaching(broken, { ignore: 'x' }), broken);
    const withPair = '{ "notSame": [["A Ybarra", "B Ybarra"]] }';
    assert.equal(applyTeaching(withPair, { notSame: ['B Ybarra', 'A Ybarra'] }), withPair);
  });
});
