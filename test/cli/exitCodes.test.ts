// Exit codes of `crosscheck`: 0 clean, 1 warnings or errors found, 2 bad usage, unreadable input or a
// broken `.crosscheck.json`.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { copyFixture, folderWith, repoRoot, runCli } from './runCli';

const version = (JSON.parse(fs.readFileSync(nodePath.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

describe('crosscheck exit codes', () => {
  it('exits 0 on a collection with nothing worse than hints', () => {
    const run = runCli(['check', 'test/fixtures/quiet-library']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.doesNotMatch(run.stdout, /: (warning|error) /);
  });

  it('exits 1 when sources conflict', () => {
    const run = runCli(['check', 'test/fixtures/ferry-fire']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /: warning conflicting-quote: /);
  });

  it('exits 2 with a one-line reason on an unknown option', () => {
    const run = runCli(['check', '--colour', 'test/fixtures/ferry-fire']);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^crosscheck: unknown option --colour/);
    assert.equal(run.stderr.trim().split('\n').length, 1);
  });

  it('exits 2 on an unknown command, an unknown format, no paths, or a bad --published date', () => {
    for (const args of [
      ['verify', 'test/fixtures/ferry-fire'],
      ['check', '--format', 'xml', 'test/fixtures/ferry-fire'],
      ['check'],
      ['analyze', '--json', '--published', '2026-02-30', 'test/fixtures/ferry-fire'],
      ['check', '--published'],
    ]) {
      const run = runCli(args);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    }
  });

  it('exits 2 when a path does not exist', () => {
    const run = runCli(['check', 'test/fixtures/no-such-folder']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no-such-folder: no such file or folder/);
  });

  it('exits 2 on a binary file and on text that is not UTF-8', () => {
    const folder = folderWith({
      'photo.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]),
      'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73]),
    });
    const binary = runCli(['check', 'photo.txt'], folder);
    assert.equal(binary.code, 2);
    assert.match(binary.stderr, /^crosscheck: photo\.txt:1:5: binary file/);
    const latin1 = runCli(['check', 'latin1.txt'], folder);
    assert.equal(latin1.code, 2);
    assert.match(latin1.stderr, /^crosscheck: latin1\.txt:1:4: not valid UTF-8/);
  });

  it('treats an empty file as an article with nothing in it', () => {
    const folder = folderWith({ 'empty.md': '' });
    const run = runCli(['analyze', '--json', 'empty.md'], folder);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout) as { documents: { path: string; entities: unknown[]; quotes: unknown[] }[] };
    assert.deepEqual(
      json.documents.map((d) => [d.path, d.entities.length, d.quotes.length]),
      [['empty.md', 0, 0]],
    );
  });

  it('exits 2 on a broken .crosscheck.json, naming its line and column, after checking the articles with defaults', () => {
    const folder = copyFixture('ferry-fire');
    fs.writeFileSync(nodePath.join(folder, '.crosscheck.json'), '{\n  "articles": ["**/*.md",]\n  "exclude": 3\n}\n');
    const run = runCli(['check', '.'], folder);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^crosscheck: \.crosscheck\.json:3:3: malformed JSON: expected ',' or '}'; using defaults$/m);
    assert.match(run.stdout, /: warning conflicting-quote: /, 'the articles are still checked');
    assert.match(run.stdout, /^drafts\/unfinished\.md:/m, 'with the default globs');
  });

  it('prints help and the version with exit code 0', () => {
    const help = runCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: crosscheck <command>/);
    assert.match(help.stdout, /analyze/);
    assert.match(help.stdout, /check/);
    const shown = runCli(['--version']);
    assert.equal(shown.code, 0);
    assert.equal(shown.stdout.trim(), version);
  });
});
