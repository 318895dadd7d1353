import { strict as assert } from 'node:assert';
import { datedCollection } from './analyzedCollection';

const STORY = 'Harbour master Ingrid Solvik said the ferry Tamsin ran aground off Marrow Point, and the Marrow Point coast guard towed it free.';

describe('missing publication date', () => {
  const c = datedCollection({
    'courier.txt': ['2031-05-09', `Tamsin aground\n\n${STORY} The ferry ran aground on Thursday.`],
    'ledger.txt': ['2031-05-09', `Tamsin freed\n\n${STORY} The tow took two hours on Thursday.`],
    'undated.txt': [null, `Ferry Tamsin freed\n\n${STORY} The ferry ran aground on Thursday, a week after its inspection on May 1, 2031.`],
  });

  it('says once, at the top of an undated article, that its relative dates cannot be dated', () => {
    const findings = c.diagnostics('undated.txt').filter((d) => d.code === 'missing-publication-date');
    assert.equal(findings.length, 1);
    const [d] = findings;
    assert.equal(d!.severity, 'information');
    assert.equal(c.text('undated.txt')!.slice(d!.start, d!.end), 'Ferry Tamsin freed');
    assert.match(d!.message, /no publication date/);
    assert.match(d!.message, /“Thursday”/);
  });

  it('offers the date the story’s other articles were published, and the latest date the text gives', () => {
    const [d] = c.diagnostics('undated.txt').filter((x) => x.code === 'missing-publication-date');
    assert.deepEqual(
      d!.fixes.map((f) => (f.kind === 'teach' ? f.teach : null)),
      [{ published: { path: 'undated.txt', date: '2031-05-09' } }, { published: { path: 'undated.txt', date: '2031-05-01' } }],
    );
    assert.match(d!.fixes[0]!.title, /Record 2031-05-09 as the publication date/);
  });

  it('says nothing for a dated article, nor for an undated one whose dates need no publication date', () => {
    assert.deepEqual(c.diagnostics('courier.txt').filter((d) => d.code === 'missing-publication-date'), []);
    const plain = datedCollection({ 'plain.txt': [null, `Tamsin\n\n${STORY} The ferry was built in 1998.`] });
    assert.deepEqual(plain.diagnostics('plain.txt').filter((d) => d.code === 'missing-publication-date'), []);
  });
});
