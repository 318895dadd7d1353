// `crosscheck annotations <folder> --json` re-anchors stored annotations against the articles as they
// are now: it follows moved text, uses prefix/suffix to choose between repeats, and reports an
// orphan rather than landing on the wrong words.
import { strict as assert } from 'node:assert';
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
});
