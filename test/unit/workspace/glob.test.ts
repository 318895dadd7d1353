// The globs of `.crosscheck.json`: `{a,b}` alternatives are expanded without recursion and only so far,
// and a glob that could never select a file of the collection is named as a problem.
import { strict as assert } from 'node:assert';
import { expandBraces, globMatcher, globProblem, MAX_GLOB_ALTERNATIVES } from '../../../server/src/workspace/glob';

describe('collection globs', () => {
  it('expands alternatives in order, nested ones included, and leaves an unclosed brace alone', () => {
    assert.deepEqual(expandBraces('{wires,desk}/*.{md,txt}'), ['wires/*.md', 'wires/*.txt', 'desk/*.md', 'desk/*.txt']);
    assert.deepEqual(expandBraces('{a,{b,c}d}.md'), ['a.md', 'bd.md', 'cd.md']);
    assert.deepEqual(expandBraces('notes{draft.md'), ['notes{draft.md']);
  });

  it(`expands ${MAX_GLOB_ALTERNATIVES} alternatives and refuses more`, () => {
    assert.equal(expandBraces('{a,b}'.repeat(10))?.length, 1024);
    assert.equal(expandBraces('{a,b}'.repeat(11)), null);
    assert.equal(expandBraces('{a,b}'.repeat(18)), null);
    assert.equal(expandBraces(`{${'x,'.repeat(5000)}y}`), null);
  });

  it('names globs that climb out, name a drive, or stand for too many patterns', () => {
    assert.equal(globProblem('stories/**/*.md'), null);
    assert.equal(globProblem('/drafts/**'), null, 'a leading slash is the collection folder');
    assert.match(globProblem('../other/*.md') ?? '', /climbs out of the collection folder/);
    assert.match(globProblem('stories\\..\\..\\*.md') ?? '', /climbs out of the collection folder/);
    assert.match(globProblem('C:/news/*.txt') ?? '', /names a drive/);
    assert.match(globProblem(`**/${'{a,b}'.repeat(18)}.md`) ?? '', /stands for more than 1024 patterns/);
  });

  it('matches nothing for a glob it refuses, and the rest as before', () => {
    const matches = globMatcher([`${'{a,b}'.repeat(18)}.md`, 'wires/*.txt']);
    assert.equal(matches('wires/harbour.txt'), true);
    assert.equal(matches('aaaaaaaaaaaaaaaaaa.md'), false);
  });
});
