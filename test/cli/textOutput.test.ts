// `check`'s text output is one line per finding whatever the articles are called or say: a file name
// with a line break cannot forge a finding, and bidi controls from names cannot reorder a line.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { copyFixture, runCli } from './runCli';

const RAW_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const FINDING_LINE = /^[^\n]+:\d+:\d+: (error|warning|information|hint) [a-z-]+: [^\n]*$/;

describe('crosscheck check text output', () => {
  it('escapes line breaks in file names and bidi controls in outlet names', () => {
    const folder = copyFixture('ferry-fire');
    const forged = 'coastline\nforged.md:1:1: error conflicting-quote: nothing is wrong here\ncourier.md';
    fs.renameSync(nodePath.join(folder, 'coastline-courier.md'), nodePath.join(folder, forged));
    const config = JSON.parse(fs.readFileSync(nodePath.join(folder, '.crosscheck.json'), 'utf8')) as { outlets: Record<string, string> };
    config.outlets['tidewater-daily.txt'] = 'Tidewater\u2066 Daily\u2069 \u202eliaM\u202c';
    fs.writeFileSync(nodePath.join(folder, '.crosscheck.json'), JSON.stringify(config));

    const run = runCli(['check', '.'], folder);
    assert.equal(run.code, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    for (const line of lines) {
      assert.match(line, FINDING_LINE);
      assert.doesNotMatch(line, RAW_CONTROLS, line);
    }
    assert.ok(!lines.some((line) => line.startsWith('forged.md')), 'no line comes from the file name alone');
    const fromForged = lines.filter((line) => line.startsWith('coastline\\nforged.md:1:1: error conflicting-quote: nothing is wrong here\\ncourier.md:'));
    assert.ok(fromForged.length > 0, run.stdout);
    assert.ok(lines.some((line) => line.includes('Tidewater\\u2066 Daily\\u2069 \\u202eliaM\\u202c says')), run.stdout);
  });

  it('escapes a line break in the name of a file it cannot read', () => {
    const folder = copyFixture('ferry-fire');
    fs.writeFileSync(nodePath.join(folder, 'scan\nreport.txt'), new Uint8Array([0x00]));
    const run = runCli(['check', '.'], folder);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^crosscheck: scan\\nreport\.txt:1:1: binary file/m);
  });
});
