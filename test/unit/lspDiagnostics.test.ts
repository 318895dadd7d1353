// Findings become editor diagnostics with their messages safe to show on one line of the Problems
// panel: names and words from articles cannot add lines or reorder the message with bidi controls.
import { strict as assert } from 'node:assert';
import type { CollectionDiagnostic } from '../../server/src/corpus/types';
import { ArticleLocator } from '../../server/src/features/articleLocator';
import { lspDiagnostics } from '../../server/src/features/diagnostics';

describe('editor diagnostics from findings', () => {
  it('escapes line breaks and bidi controls in messages and related messages, and keeps the rest', () => {
    const texts = new Map([
      ['/news/quay.md', 'Quay fire\n\nThe fire "spread fast," the chief said.\n'],
      ['/news/other.md', 'Quay blaze\n\nThe fire "spread quickly," the chief said.\n'],
    ]);
    const finding: CollectionDiagnostic = {
      path: '/news/quay.md',
      start: 22,
      end: 33,
      severity: 'warning',
      code: 'conflicting-quote',
      message: 'Quay \u202eeviL\u202c quotes this differently: “spread\nquickly”',
      related: [{ path: '/news/other.md', start: 23, end: 37, message: 'Quay \u2067Live\u2069: “spread quickly”' }],
      fixes: [],
    };
    const [diagnostic] = lspDiagnostics([finding], new ArticleLocator((path) => texts.get(path)), null);
    assert.equal(diagnostic?.message, 'Quay \\u202eeviL\\u202c quotes this differently: “spread\\nquickly”');
    assert.equal(diagnostic?.relatedInformation?.[0]?.message, 'Quay \\u2067Live\\u2069: “spread quickly”');
    assert.deepEqual(diagnostic?.range, { start: { line: 2, character: 11 }, end: { line: 2, character: 22 } });
  });
});
