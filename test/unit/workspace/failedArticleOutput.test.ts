// How the command line reports an article Crosscheck could not analyse: listed with nothing found in
// it and the reason, one error finding on its first line, every other article reported as usual.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/core/analyze';
import { Collection } from '../../../server/src/corpus/collection';
import { defaultConfig } from '../../../server/src/corpus/config';
import type { LoadedCollection } from '../../../server/src/workspace/loadInputs';
import { analyzeJson } from '../../../server/src/workspace/output/analyzeJson';
import { checkText } from '../../../server/src/workspace/output/checkText';
import { diagnosticList } from '../../../server/src/workspace/output/diagnosticList';
import { sarifLog } from '../../../server/src/workspace/output/sarif';
import { LineIndex } from '../../../server/src/workspace/positions';

const GOOD = 'The harbour master, Ilse Marrow, said 212 passengers were aboard.\n\nRepairs will cost 4 million euros.\n';
const FAILED = 'Wire copy that the analyser failed on.\nSecond line.\n';

function loaded(): LoadedCollection[] {
  const collection = new Collection();
  collection.load('courier.txt', GOOD, analyzeArticle(GOOD));
  collection.load('wire.txt', FAILED, { failure: 'RangeError: Maximum call stack size exceeded' });
  return [{ root: '', config: defaultConfig(), severity: {}, collection }];
}

describe('command-line output for an article that could not be analysed', () => {
  it('analyze lists it with no facts and the reason, and the others in full', () => {
    const json = analyzeJson(loaded()) as { documents: { path: string; failure?: string; claims: unknown[] }[] };
    const [courier, wire] = json.documents;
    assert.equal(courier!.path, 'courier.txt');
    assert.ok(courier!.claims.length > 0);
    assert.equal(courier!.failure, undefined);
    assert.deepEqual(wire, {
      path: 'wire.txt',
      title: null,
      published: null,
      entities: [],
      dates: [],
      quotes: [],
      claims: [],
      provenance: { cites: [], derivedFrom: [] },
      failure: 'RangeError: Maximum call stack size exceeded',
    });
  });

  it('check prints one error on its first line, and the other articles’ findings', () => {
    const lines = checkText(diagnosticList(loaded())).trimEnd().split('\n');
    assert.ok(lines.some((line) => line.startsWith('courier.txt:')), 'the other article is reported');
    assert.deepEqual(
      lines.filter((line) => line.startsWith('wire.txt')),
      ['wire.txt:1:1: error analysis-failed: Crosscheck could not analyse this article: RangeError: Maximum call stack size exceeded'],
    );
  });

  it('SARIF describes the finding as a rule like any other', () => {
    const diagnostics = diagnosticList(loaded()).filter((d) => d.code === 'analysis-failed');
    const log = sarifLog(diagnostics, '0.0.0', () => new LineIndex(FAILED)) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { level: string; ruleId: string }[] }[] };
    assert.deepEqual(log.runs[0]!.results.map((r) => [r.ruleId, r.level]), [['analysis-failed', 'error']]);
    assert.ok(log.runs[0]!.tool.driver.rules.some((r) => r.id === 'analysis-failed'));
  });
});
