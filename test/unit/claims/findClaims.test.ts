import { strict as assert } from 'node:assert';
import { findClaims } from '../../../server/src/core/claims';
import { findDates } from '../../../server/src/core/dates';
import type { ClaimMention, EntityMention, QuoteMention, Region } from '../../../server/src/core/types';
import { simpleLayout } from './simpleLayout';

function claimsOf(text: string, options: { regions?: Region[]; entities?: EntityMention[]; quotes?: QuoteMention[] } = {}): ClaimMention[] {
  const layout = simpleLayout(text, options.regions ?? []);
  const dates = findDates(text, layout, '2026-01-22');
  const { claims } = findClaims(text, layout, { entities: options.entities ?? [], dates, quotes: options.quotes ?? [] });
  for (const c of claims) {
    assert.equal(c.text, text.slice(c.start, c.end), 'text is the slice at start..end');
    for (const f of c.figures) assert.ok(f.start >= c.start && f.end <= c.end, 'figures lie inside their claim');
  }
  return claims;
}

function quote(text: string, words: string): QuoteMention {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, kind: 'direct', speakerText: null, speakerSpan: null, speakerEntity: null, cue: null };
}

describe('findClaims', () => {
  it('takes sentences with a figure or a dated event as claims, and leaves the rest', () => {
    const text = 'The river rose after heavy rain. The flood killed 12 people. The levee was built in 1962. Crews were tired.';
    assert.deepEqual(claimsOf(text).map((c) => c.text), ['The flood killed 12 people.', 'The levee was built in 1962.']);
  });

  it('does not take page leftovers without running words for statements', () => {
    assert.deepEqual(claimsOf('Comments (38)\nPhotos: 12\nTurnout was 62%.').map((c) => c.text), ['Turnout was 62%.']);
  });

  it('does not count vague dates as dated events', () => {
    assert.deepEqual(claimsOf('The town is now rebuilding. It will take until the end of the year.'), []);
  });

  it('marks a claim without attribution as unattributed', () => {
    const [claim] = claimsOf('The flood killed 12 people.');
    assert.equal(claim.attributed, false);
    assert.equal(claim.source, null);
  });

  it('attributes a claim from its own sentence', () => {
    const [claim] = claimsOf('The flood killed 12 people, according to the county coroner.');
    assert.equal(claim.attributed, true);
    assert.equal(claim.source, 'the county coroner');
  });

  it('attributes a claim from another sentence of its paragraph, but not from another paragraph', () => {
    const text = 'The flood killed 12 people. The coroner said the toll may rise.\nCrews rescued 40 horses.';
    const claims = claimsOf(text);
    assert.deepEqual(claims.map((c) => [c.text, c.source]), [
      ['The flood killed 12 people.', 'The coroner'],
      ['Crews rescued 40 horses.', null],
    ]);
  });

  it('resolves "it added" to the source named before it', () => {
    const text = 'The report said the wall was weak. It added that 40 percent of the gates failed.';
    const [claim] = claimsOf(text);
    assert.equal(claim.source, 'The report');
  });

  it('skips questions, headings, captions and boilerplate', () => {
    const text = 'Did 12 people die? \nFloods kill 12 in Port Ellery\nCrews carry 3 boats on Monday.\nSubscribe for 99 cents a week.';
    const heading = text.indexOf('Floods');
    const caption = text.indexOf('Crews');
    const ad = text.indexOf('Subscribe');
    const claims = claimsOf(text, {
      regions: [
        { kind: 'heading', start: heading, end: text.indexOf('\n', heading) },
        { kind: 'caption', start: caption, end: text.indexOf('\n', caption) },
        { kind: 'boilerplate', start: ad, end: text.length },
      ],
    });
    assert.deepEqual(claims, []);
  });

  it('does not take what is said inside a direct quotation as the article’s claim', () => {
    const text = '“We lost 40 homes,” the mayor said. She said “30 boats sank” and the harbour counted 14 wrecks.';
    const claims = claimsOf(text, { quotes: [quote(text, 'We lost 40 homes,'), quote(text, '30 boats sank')] });
    assert.equal(claims.length, 1);
    assert.deepEqual(claims[0].figures.map((f) => f.text), ['14']);
  });

  it('keeps figures in scare quotes', () => {
    const text = 'Officials called the 40 deaths “acceptable”.';
    const scare = { ...quote(text, 'acceptable'), kind: 'scare' as const };
    assert.equal(claimsOf(text, { quotes: [scare] }).length, 1);
  });

  it('lists the dates and entities inside the claim by index', () => {
    const text = 'Rain fell on Sunday. On January 3 Ilse Marrow closed 4 gates in Port Ellery.';
    const marrow = text.indexOf('Ilse Marrow');
    const port = text.indexOf('Port Ellery');
    const entities: EntityMention[] = [
      { start: marrow, end: marrow + 11, text: 'Ilse Marrow', type: 'person', entity: 1 },
      { start: port, end: port + 11, text: 'Port Ellery', type: 'place', entity: 0 },
    ];
    const claims = claimsOf(text, { entities });
    const last = claims[claims.length - 1];
    assert.deepEqual(last.entities, [1, 0]);
    assert.deepEqual(last.dates, [1]);
  });

  it('finds entities given out of order or nested in one another', () => {
    const text = 'The Port Ellery Harbour Board closed 4 gates.';
    const board = text.indexOf('Port Ellery Harbour Board');
    const entities: EntityMention[] = [
      { start: board + 20, end: board + 25, text: 'Board', type: 'organization', entity: 2 },
      { start: board, end: board + 25, text: 'Port Ellery Harbour Board', type: 'organization', entity: 0 },
      { start: board, end: board + 11, text: 'Port Ellery', type: 'place', entity: 1 },
    ];
    assert.deepEqual(claimsOf(text, { entities })[0].entities.sort(), [0, 1, 2]);
  });

  it('does not count the numbers of a date as figures', () => {
    const [claim] = claimsOf('On January 3 the gate failed.');
    assert.deepEqual(claim.figures, []);
  });

  it('gives folded, stemmed content words for matching across articles', () => {
    const [claim] = claimsOf('The flood killed 12 soldiers in Peñaflor, officials said.');
    assert.deepEqual(claim.keywords, ['flood', 'kill', 'soldier', 'penaflor', 'official']);
  });
});
