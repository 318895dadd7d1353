// Property-based tests: random article-like text (see articleText.ts) never makes the analysis throw,
// every range it gives lies inside the text and equals its `text`, and it answers the same twice.
// A short run here; bench/fuzz.ts runs the same properties for minutes.
import fc from 'fast-check';
import { anyArticle, articleCollection } from './articleText';
import { checkArticle, checkCollection } from './invariants';

describe('properties of the analysis on any text', () => {
  it('one article: no exception, ranges that fit, the same answer twice', () => {
    fc.assert(fc.property(anyArticle, checkArticle), { numRuns: 100 });
  });

  it('a small collection of retellings: no failed article, ranges that fit, the same answer twice', () => {
    fc.assert(fc.property(articleCollection, checkCollection), { numRuns: 15 });
  });
});
