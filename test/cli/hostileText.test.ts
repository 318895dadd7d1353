// Ordinary text that once stopped `analyze` and `check` for every article: fragments of attribution
// phrases and words every JavaScript object inherits, in article text and in file names.
import { strict as assert } from 'node:assert';
import { folderWith, runCli } from './runCli';

interface Json {
  documents: { path: string; published: string | null; claims: { text: string }[]; failure?: string }[];
  diagnostics: { path: string; code: string }[];
}

const STORY = 'The harbour master, Ilse Marrow, said 212 passengers were aboard the Skerrow ferry when it caught fire.\n';

function collection(): string {
  return folderWith({
    '.crosscheck.json': JSON.stringify({ articles: ['*'], published: { constructor: '2026-03-02' } }),
    'courier.txt': STORY,
    'ledger.txt': STORY.replace('212', '180'),
    'fragments.txt': `${STORY}\n- also said 40 people died\n\ntedly said\n\n(reportedly said 40 died)\n\nstrongly suggest\n`,
    'contractions.txt': `${STORY}\nit'constructor and O’constructor toString __proto__.\n`,
    'dateline.txt': `date constructor 3, 2026\n\n${STORY}`,
    constructor: STORY,
  });
}

describe('crosscheck on text that looks like code', () => {
  it('analyze reports every article, with the dates the config and the text give', () => {
    const run = runCli(['analyze', collection(), '--json']);
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /internal error/);
    const json = JSON.parse(run.stdout) as Json;
    const paths = json.documents.map((d) => d.path.replace(/^.*\//, ''));
    assert.deepEqual(paths, ['constructor', 'contractions.txt', 'courier.txt', 'dateline.txt', 'fragments.txt', 'ledger.txt']);
    assert.deepEqual(json.documents.filter((d) => d.failure !== undefined), []);
    const published = Object.fromEntries(json.documents.map((d) => [d.path.replace(/^.*\//, ''), d.published]));
    assert.equal(published['constructor'], '2026-03-02');
    assert.equal(published['dateline.txt'], null);
    assert.ok(json.documents.every((d) => d.claims.some((c) => c.text.includes('212') || c.text.includes('180'))), 'every article has its claim');
  });

  it('check reads every article', () => {
    const run = runCli(['check', collection()]);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    assert.doesNotMatch(run.stdout + run.stderr, /internal error|analysis-failed/);
    assert.match(run.stderr, / in 6 articles\n$/);
  });
});
