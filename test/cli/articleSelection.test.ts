// Which files a collection counts as articles: the globs of `.crosscheck.json` (`**`, `*`, `?`, `{a,b}`),
// its exclusions, tool folders never read, and files too large to analyse skipped with a message.
import { strict as assert } from 'node:assert';
import { folderWith, runCli } from './runCli';

const STORY = 'Harbour wall repaired\n\nWorkers finished the harbour wall on Monday, the port said.\n';

function articlePaths(files: Record<string, string>): { paths: string[]; stderr: string } {
  const run = runCli(['analyze', '--json', '.'], folderWith(files));
  assert.equal(run.code, 0, run.stderr);
  const json = JSON.parse(run.stdout) as { documents: { path: string }[] };
  return { paths: json.documents.map((d) => d.path).sort(), stderr: run.stderr };
}

describe('crosscheck article selection', () => {
  it('matches **, *, ? and {a,b} globs against paths inside the collection', () => {
    const { paths } = articlePaths({
      '.crosscheck.json': '{ "articles": ["{news,wire}/**/*.{md,txt}", "extra/?.txt"], "exclude": ["**/*-draft.*"] }',
      'news/2026/march/one.md': STORY,
      'news/two.txt': STORY,
      'news/two-draft.txt': STORY,
      'wire/three.txt': STORY,
      'wire/three.html': STORY,
      'extra/a.txt': STORY,
      'extra/ab.txt': STORY,
      'other/four.md': STORY,
      'newsroom/five.md': STORY,
    });
    assert.deepEqual(paths, ['extra/a.txt', 'news/2026/march/one.md', 'news/two.txt', 'wire/three.txt']);
  });

  it('never reads version control, dependency or Crosscheck folders, nor its own config', () => {
    const { paths } = articlePaths({
      '.crosscheck.json': '{ "articles": ["**"] }',
      'story.md': STORY,
      '.git/notes.md': STORY,
      'node_modules/pkg/README.md': STORY,
      '.crosscheck/cache.txt': STORY,
    });
    assert.deepEqual(paths, ['story.md']);
  });

  it('skips a file larger than the size limit with a message, and checks the rest', () => {
    const { paths, stderr } = articlePaths({
      '.crosscheck.json': '{}',
      'story.md': STORY,
      'archive.txt': 'The archive keeps every edition. '.repeat(70_000),
    });
    assert.deepEqual(paths, ['story.md']);
    assert.match(stderr, /archive\.txt: larger than 2048 KB \(\d+ KB\), skipped/);
  });
});
