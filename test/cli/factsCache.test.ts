// `--cache-dir` keeps analyses between runs: a second run reads them, and an article whose text
// changed is analysed afresh. The cache never lands in the collection folder.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { folderWith, runCli } from './runCli';

const ARTICLE = 'Tram line opens\n\nMarch 2, 2026\n\nThe new tram line opened on Monday, the transit board said.\n';

function cacheFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json')).map((name) => nodePath.join(dir, name));
}

function titles(folder: string, cacheDir: string): string[] {
  const run = runCli(['analyze', '--json', '--cache-dir', cacheDir, '.'], folder);
  assert.equal(run.code, 0, run.stderr);
  return (JSON.parse(run.stdout) as { documents: { title: string }[] }).documents.map((d) => d.title);
}

describe('crosscheck --cache-dir', () => {
  it('stores one analysis per article outside the collection and reads it on the next run', () => {
    const folder = folderWith({ '.crosscheck.json': '{}', 'tram.txt': ARTICLE });
    const cacheDir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'crosscheck-cache-'));
    assert.deepEqual(titles(folder, cacheDir), ['Tram line opens']);
    const [stored] = cacheFiles(cacheDir);
    assert.ok(stored, 'an analysis was stored');
    assert.deepEqual(fs.readdirSync(folder).sort(), ['.crosscheck.json', 'tram.txt'], 'nothing written into the collection');
    // A stored analysis that says something else proves the second run read it instead of analysing.
    const facts = JSON.parse(fs.readFileSync(stored, 'utf8')) as { metadata: { title: string } };
    facts.metadata.title = 'Title from the cache';
    fs.writeFileSync(stored, JSON.stringify(facts));
    assert.deepEqual(titles(folder, cacheDir), ['Title from the cache']);
  });

  it('analyses afresh when the text changed, and survives a damaged cache file', () => {
    const folder = folderWith({ '.crosscheck.json': '{}', 'tram.txt': ARTICLE });
    const cacheDir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'crosscheck-cache-'));
    titles(folder, cacheDir);
    fs.writeFileSync(nodePath.join(folder, 'tram.txt'), ARTICLE.replace('Tram line opens', 'Tram line delayed'));
    assert.deepEqual(titles(folder, cacheDir), ['Tram line delayed']);
    for (const file of cacheFiles(cacheDir)) fs.writeFileSync(file, '{"trunc');
    assert.deepEqual(titles(folder, cacheDir), ['Tram line delayed']);
  });

  it('re-analyses an entry of the right length but the wrong shape, or with altered offsets, and rewrites it', () => {
    const folder = folderWith({ '.crosscheck.json': '{}', 'tram.txt': ARTICLE });
    const fresh = runCli(['analyze', '--json', '.'], folder);
    const cacheDir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'crosscheck-cache-'));
    titles(folder, cacheDir);
    const [stored] = cacheFiles(cacheDir);
    const good = fs.readFileSync(stored!, 'utf8');
    const damages: ((facts: Record<string, any>) => void)[] = [
      (facts) => (facts.entities = 'oops'),
      (facts) => (facts.dates = [{ start: 0, end: 4 }]),
      (facts) => (facts.dates[0].start += 2),
      (facts) => (facts.layout.sentences[0].end = ARTICLE.length + 100),
    ];
    for (const damage of damages) {
      const facts = JSON.parse(good) as Record<string, any>;
      assert.equal(facts.length, ARTICLE.length);
      damage(facts);
      fs.writeFileSync(stored!, JSON.stringify(facts));
      const run = runCli(['analyze', '--json', '--cache-dir', cacheDir, '.'], folder);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, fresh.stdout, damage.toString());
      assert.equal(fs.readFileSync(stored!, 'utf8'), good, 'the entry is written again from the fresh analysis');
    }
  });
});
