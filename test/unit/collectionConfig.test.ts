// What the client reads of `.crosscheck.json` to decide which open files get the article language.
import * as assert from 'node:assert/strict';
import { articleGlobsOf, defaultArticleGlobs } from '../../client/src/collectionConfig';

describe('collection config as the client reads it', () => {
  it('takes the articles and exclude globs the config gives', () => {
    const config = JSON.stringify({ articles: ['wires/**/*.txt'], exclude: ['wires/drafts/**'], outlets: { 'wires/a.txt': 'Tidewater Post' } });
    assert.deepEqual(articleGlobsOf(config), { articles: ['wires/**/*.txt'], exclude: ['wires/drafts/**'] });
  });

  it('falls back to every text and markdown file when no articles are listed', () => {
    assert.deepEqual(articleGlobsOf('{ "aliases": {} }'), { articles: [...defaultArticleGlobs], exclude: [] });
  });

  it('still counts a folder whose config does not parse as a collection', () => {
    assert.deepEqual(articleGlobsOf('{ "articles": ['), { articles: [...defaultArticleGlobs], exclude: [] });
    assert.deepEqual(articleGlobsOf(''), { articles: [...defaultArticleGlobs], exclude: [] });
  });

  it('ignores entries that are not globs', () => {
    assert.deepEqual(articleGlobsOf('{ "articles": ["*.md", 3, null], "exclude": "notes.md" }'), { articles: ['*.md'], exclude: [] });
  });
});
