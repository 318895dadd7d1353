// The command line given hostile input: a 30 MB single-line file, a binary file, 200,000 quote marks,
// text that is not UTF-8, a broken `.crosscheck.json`. Each gets an answer with exit code 0, 1 or 2, a
// one-line reason when the input is a problem, the ordinary article beside it checked, and every input
// left as it was. bench/hostile.ts times the same inputs.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { answeredAsItMust, contentsOf, HOSTILE_INPUTS, reasonLines, writeHostileInput } from '../../bench/hostileInputs';
import { runCli } from './runCli';

describe('crosscheck on hostile input', () => {
  for (const input of HOSTILE_INPUTS) {
    it(`answers ${input.name} with one line of reason and changes nothing`, () => {
      const folder = writeHostileInput(input);
      try {
        const before = contentsOf(folder);
        const check = runCli(['check', '.'], folder);
        assert.ok(answeredAsItMust(input, check.code, check.stderr), `exit ${check.code}, reasons: ${reasonLines(check.stderr).join(' | ')}`);
        assert.match(check.stderr, / in [12] articles?\n$/, 'the ordinary article is checked');
        const analyze = runCli(['analyze', '--json', '.'], folder);
        assert.equal(analyze.code, input.exitCodes.includes(2) ? 2 : 0, analyze.stderr);
        const paths = (JSON.parse(analyze.stdout) as { documents: { path: string }[] }).documents.map((d) => d.path);
        assert.ok(paths.includes('pier.txt'), paths.join(' '));
        assert.deepEqual(contentsOf(folder), before);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    });
  }
});
