// `crosscheck annotations <folder> --json` re-anchors stored annotations against the articles as they
// are now: it follows moved text, uses prefix/suffix to choose between repeats, and reports an
// orphan rather than landing on the wrong words.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import { folderWith, runCli } from './runCli';

const ARTICLE = [
  'Dock strike ends after nine days',
  '',
  'The strike at the Pellwick docks ended on Friday, the union said.',
  '',
  '"We won the breaks we asked for," said Mara Lindqvist, who leads the dockers. "We won the breaks we asked for, and the pay."',
  '',
].join('\n');

function annotation(id: string, exact: string, prefix: string, suffix: string, start: number, verdict = 'accurate'): object {
  return {
    id,
    type: 'Annotation',
    body: { type: 'TextualBody', verdict, value: 'checked against the union statement' },
    target: {
      source: 'dock-strike.txt',
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
  };
}

interface Anchored {
  id: string;
  path: string | null;
  status: string;
  start?: number;
  end?: number;
  text?: string;
  verdict: string | null;
}

function reanchor(article: string, annotations: unknown): Anchored[] {
  const folder = folderWith({
    '.crosscheck.json': '{}',
    'dock-strike.txt': article,
    '.crosscheck/annotations.json': JSON.stringify(annotations),
  });
  const run = runCli(['annotations', '.', '--json'], folder);
  assert.equal(run.code, 0, run.stderr);
  const json = JSON.parse(run.stdout) as { version: number; annotations: Anchored[] };
  assert.equal(json.version, 1);
  for (const a of json.annotations) {
    if (a.status === 'anchored') assert.equal(a.text, article.slice(a.start, a.end), 'text equals the slice');
    else assert.deepEqual(Object.keys(a).sort(), ['id', 'path', 'status', 'verdict']);
  }
  return json.annotations;
}

const fridayAt = ARTICLE.indexOf('ended on Friday');
const secondQuoteAt = ARTICLE.lastIndexOf('We won the breaks');

describe('crosscheck annotations', () => {
  it('anchors an annotation on unchanged text, from a W3C AnnotationCollection', () => {
    const [result] = reanchor(ARTICLE, {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: [annotation('a1', 'ended on Friday', 'Pellwick docks ', ', the union', fridayAt)] },
    });
    assert.deepEqual(result, { id: 'a1', path: 'dock-strike.txt', status: 'anchored', start: fridayAt, end: fridayAt + 15, text: 'ended on Friday', verdict: 'accurate' });
  });

  it('follows the words when text was inserted before them', () => {
    const edited = ARTICLE.replace('\n\nThe strike', '\n\nUpdated with the union statement.\n\nThe strike');
    const [result] = reanchor(edited, [annotation('a1', 'ended on Friday', 'Pellwick docks ', ', the union', fridayAt)]);
    assert.equal(result.status, 'anchored');
    assert.equal(result.start, edited.indexOf('ended on Friday'));
  });

  it('chooses between repeated words by their prefix and suffix', () => {
    const [result] = reanchor(ARTICLE, [annotation('q2', 'We won the breaks we asked for', 'dockers. "', ', and the pay', 0)]);
    assert.equal(result.status, 'anchored');
    assert.equal(result.start, secondQuoteAt);
  });

  it('reports an orphan when the words are gone, instead of anchoring on similar text', () => {
    const edited = ARTICLE.replace('ended on Friday', 'was called off on Friday');
    const [result] = reanchor(edited, [annotation('a1', 'ended on Friday', 'Pellwick docks ', ', the union', fridayAt, 'disputed')]);
    assert.deepEqual(result, { id: 'a1', path: 'dock-strike.txt', status: 'orphaned', verdict: 'disputed' });
  });

  it('reports an orphan when repeats cannot be told apart, or short words lost their context', () => {
    const repeats = { type: 'Annotation', id: 'r', target: { source: 'dock-strike.txt', selector: { type: 'TextQuoteSelector', exact: 'We won the breaks' } } };
    const lostContext = annotation('s', 'the', 'never seen ', ' before', 9999);
    const results = reanchor(ARTICLE, [repeats, lostContext]);
    assert.deepEqual(results.map((r) => [r.id, r.status]), [['r', 'orphaned'], ['s', 'orphaned']]);
  });

  it('reads verdicts other tools write as an assessing body, and orphans annotations of missing articles', () => {
    const other = {
      id: 'urn:example:7',
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'assessing', value: 'misleading' }],
      target: [{ source: 'dock-strike.txt', selector: { type: 'TextQuoteSelector', exact: 'nine days' } }],
    };
    const missing = { id: 'm', target: { source: 'gone.txt', selector: { type: 'TextQuoteSelector', exact: 'strike' } } };
    const results = reanchor(ARTICLE, { type: 'AnnotationCollection', items: [other, missing] });
    assert.deepEqual(results[0], { id: 'urn:example:7', path: 'dock-strike.txt', status: 'anchored', start: ARTICLE.indexOf('nine days'), end: ARTICLE.indexOf('nine days') + 9, text: 'nine days', verdict: 'misleading' });
    assert.deepEqual(results[1], { id: 'm', path: 'gone.txt', status: 'orphaned', verdict: null });
  });

  it('prints an empty list for a collection without annotations, and exits 2 on a broken annotations file', () => {
    const empty = runCli(['annotations', '.', '--json'], folderWith({ '.crosscheck.json': '{}' }));
    assert.equal(empty.code, 0);
    assert.deepEqual(JSON.parse(empty.stdout), { version: 1, annotations: [] });
    const broken = runCli(['annotations', '.', '--json'], folderWith({ '.crosscheck.json': '{}', '.crosscheck/annotations.json': '{\n  "items": [\n    {"id": }\n  ]\n}' }));
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /annotations\.json:3:\d+: /);
  });

  describe('the collection is a boundary', () => {
    const SECRET = 'Ledger of the night shift: the vault code is 4417.\n';
    const positionOf = (source: string) => ({ id: source, target: { source, selector: [{ type: 'TextPositionSelector', start: 0, end: 30 }] } });

    /** A collection beside a file that is not its own, annotated with `sources` (a function of where the outside file is). */
    function collectionBeside(sources: (outside: string) => string[], link?: string) {
      const parent = folderWith({ 'private/secret.txt': SECRET, 'stories/.crosscheck.json': '{}', 'stories/dock-strike.txt': ARTICLE });
      const outside = nodePath.join(parent, 'private', 'secret.txt');
      const folder = nodePath.join(parent, 'stories');
      if (link) fs.symlinkSync(outside, nodePath.join(folder, link));
      fs.mkdirSync(nodePath.join(folder, '.crosscheck'));
      fs.writeFileSync(nodePath.join(folder, '.crosscheck', 'annotations.json'), JSON.stringify(sources(outside).map(positionOf)));
      return folder;
    }

    it('never reads a file outside the collection, however its source names it', () => {
      const folder = collectionBeside((outside) => ['../private/secret.txt', outside, pathToFileURL(outside).href, 'stories/../../private/secret.txt', 'linked.txt'], 'linked.txt');
      const run = runCli(['annotations', '.', '--json'], folder);
      assert.equal(run.code, 0, run.stderr);
      assert.doesNotMatch(run.stdout, /vault code|night shift/);
      const json = JSON.parse(run.stdout) as { annotations: Anchored[] };
      assert.deepEqual(json.annotations.map((a) => a.status), ['orphaned', 'orphaned', 'orphaned', 'orphaned', 'orphaned']);
      assert.deepEqual(json.annotations.map((a) => a.path), [null, null, null, null, 'linked.txt'], 'only the link inside is named, and it is not followed');
    });

    it('anchors only on the collection\'s articles, not on its other files', () => {
      const folder = collectionBeside(() => ['.crosscheck.json', '.crosscheck/annotations.json', 'dock-strike.txt']);
      const json = JSON.parse(runCli(['annotations', '.', '--json'], folder).stdout) as { annotations: Anchored[] };
      assert.deepEqual(json.annotations.map((a) => [a.path, a.status]), [[null, 'orphaned'], [null, 'orphaned'], ['dock-strike.txt', 'anchored']]);
    });

    it('refuses an annotations file that is a link leading outside the collection', () => {
      const folder = collectionBeside(() => []);
      const elsewhere = nodePath.join(folder, '..', 'private', 'annotations.json');
      fs.writeFileSync(elsewhere, JSON.stringify([{ id: 'from-outside', target: 'dock-strike.txt' }]));
      fs.rmSync(nodePath.join(folder, '.crosscheck', 'annotations.json'));
      fs.symlinkSync(elsewhere, nodePath.join(folder, '.crosscheck', 'annotations.json'));
      const run = runCli(['annotations', '.', '--json'], folder);
      assert.equal(run.code, 2);
      assert.doesNotMatch(run.stdout, /from-outside/);
      assert.match(run.stderr, /^crosscheck: \.crosscheck\/annotations\.json: leads outside the collection/);
    });
  });

  it('exits 2 with one line on annotations nested deeper than any file needs', () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const run = runCli(['annotations', '.', '--json'], folderWith({ '.crosscheck.json': '{}', 'dock-strike.txt': ARTICLE, '.crosscheck/annotations.json': deep }));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^crosscheck: \.crosscheck\/annotations\.json:1:257: nested deeper than 256 levels\n$/);
  });

  it('chooses by the context next to the words when an annotation carries a megabyte of suffix', () => {
    const suffix = `" said Mara Lindqvist${' and the pay'.repeat(90_000)}`;
    const [result] = reanchor(ARTICLE, [annotation('long', 'We won the breaks we asked for,', '', suffix, 0)]);
    assert.deepEqual([result.status, result.start], ['anchored', ARTICLE.indexOf('We won the breaks')]);
  });
});
