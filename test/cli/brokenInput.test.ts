// The contract for input Crosscheck cannot use: every readable article is still checked and reported,
// each problem gets one line naming the file (and the place, when it has one), and the exit code is 2.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { copyFixture, runCli, type CliRun } from './runCli';


function problemLines(stderr: string): string[] {
  // The last line is the summary ("3 warnings in 4 articles").
  return stderr.trimEnd().split('\n').slice(0, -1);
}

describe('crosscheck on broken input', () => {
  /** The ferry-fire fixture's findings, as a clean copy of it prints them. */
  let cleanRun: CliRun;
  before(() => {
    cleanRun = runCli(['check', '.'], copyFixture('ferry-fire'));
  });

  it('the fixture itself is clean input with warnings', () => {
    assert.equal(cleanRun.code, 1, cleanRun.stderr);
    assert.match(cleanRun.stdout, /: warning conflicting-quote: /);
  });

  it('checks every readable article beside a binary file and a file that is not UTF-8, and exits 2', () => {
    const folder = copyFixture('ferry-fire');
    fs.writeFileSync(nodePath.join(folder, 'scan.txt'), new Uint8Array([0x46, 0x69, 0x72, 0x65, 0x0a, 0x89, 0x50, 0x00, 0x0d]));
    fs.writeFileSync(nodePath.join(folder, 'wire-latin1.md'), Buffer.from('Ferry fire\n\nThe caf\xe9 on deck burned.\n', 'latin1'));
    const run = runCli(['check', '.'], folder);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, cleanRun.stdout, 'the readable articles are reported exactly as without the broken files');
    assert.deepEqual(problemLines(run.stderr), [
      'crosscheck: scan.txt:2:3: binary file (contains NUL bytes), skipped',
      'crosscheck: wire-latin1.md:3:8: not valid UTF-8 text, skipped',
    ]);
  });

  it('gives the analysis of the readable articles as JSON and exits 2', () => {
    const folder = copyFixture('ferry-fire');
    fs.writeFileSync(nodePath.join(folder, 'scan.txt'), new Uint8Array([0x00, 0x01]));
    const run = runCli(['analyze', '--json', '.'], folder);
    assert.equal(run.code, 2);
    const paths = (JSON.parse(run.stdout) as { documents: { path: string }[] }).documents.map((d) => d.path);
    assert.deepEqual(paths, ['coastline-courier.md', 'harbor-ledger.md', 'tidewater-daily.txt']);
    assert.equal(run.stderr, 'crosscheck: scan.txt:1:1: binary file (contains NUL bytes), skipped\n');
  });

  it('reports a folder the user cannot read, and checks the rest', function () {
    const folder = copyFixture('ferry-fire');
    const locked = nodePath.join(folder, 'locked');
    fs.mkdirSync(locked);
    fs.writeFileSync(nodePath.join(locked, 'memo.txt'), 'Memo\n\nThe ferry carried 300 people, the captain said.\n');
    fs.chmodSync(locked, 0o000);
    // Anyone may enter the rest; as root the command runs as a user without rights to `locked`.
    fs.chmodSync(folder, 0o755);
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
    try {
      const run = runCli(['check', folder], folder, asUser);
      assert.equal(run.code, 2, run.stderr);
      assert.equal(run.stdout, cleanRun.stdout);
      assert.deepEqual(problemLines(run.stderr), ['crosscheck: locked: folder cannot be read (EACCES); its articles are not checked']);
    } finally {
      fs.chmodSync(locked, 0o755);
    }
  });

  it('reports a path that does not exist, and checks the others', () => {
    const folder = copyFixture('ferry-fire');
    const run = runCli(['check', '.', 'missing-wire.txt'], folder);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, cleanRun.stdout);
    assert.deepEqual(problemLines(run.stderr), ['crosscheck: missing-wire.txt: no such file or folder']);
  });

  describe('a .crosscheck.json that cannot be used', () => {
    function withConfig(config: string) {
      const folder = copyFixture('ferry-fire');
      fs.writeFileSync(nodePath.join(folder, '.crosscheck.json'), config);
      const run = runCli(['check', '.'], folder);
      assert.equal(run.code, 2);
      assert.match(run.stdout, /: warning conflicting-quote: /, 'the articles are still checked, with the defaults');
      const problems = problemLines(run.stderr);
      assert.equal(problems.length, 1, run.stderr);
      return problems[0];
    }

    it('refuses a publication date that is not a day of the calendar, at the date', () => {
      const line = withConfig('{\n  "published": { "harbor-ledger.md": "2026-02-31" }\n}\n');
      assert.equal(line, 'crosscheck: .crosscheck.json:2:38: "published" date "2026-02-31" is not a day of the calendar; using defaults');
    });

    it('refuses a glob of eighteen {a,b} groups instead of expanding it', () => {
      const glob = `**/${'{a,b}'.repeat(18)}*.md`;
      const line = withConfig(`{ "articles": ["*.txt", "${glob}"] }`);
      assert.equal(line, `crosscheck: .crosscheck.json:1:25: "articles": "${glob}" stands for more than 1024 patterns; using defaults`);
    });

    it('refuses a glob that climbs out of the collection', () => {
      const line = withConfig('{ "exclude": ["drafts/**", "../other-story/*.md"] }');
      assert.equal(line, 'crosscheck: .crosscheck.json:1:28: "exclude": "../other-story/*.md" climbs out of the collection folder with ".."; using defaults');
    });
  });
});
