import { strict as assert } from 'node:assert';
import { dayRange, datesConflict, figureKey, figuresAgree, formatFigure, mayEvolve } from '../../../server/src/corpus/claims';
import type { Figure } from '../../../server/src/core/types';
import type { ArticleSpec, ClaimSpec, EntitySpec } from './buildFacts';
import { codes, collectionOf, only } from './collectionOf';

function figure(value: number, extra: Partial<Figure> = {}): Figure {
  return { start: 0, end: 1, text: String(value), value, low: value, high: value, unit: '', approximate: false, counted: 'passengers', ...extra };
}

describe('corpus claims: figures and dates', () => {
  it('lets an approximate figure agree with the exact figures it covers', () => {
    assert.ok(figuresAgree(figure(15, { approximate: true, low: 13, high: 17 }), figure(14)));
    assert.ok(!figuresAgree(figure(15, { approximate: true, low: 13, high: 17 }), figure(19)));
    assert.ok(!figuresAgree(figure(14), figure(17)));
    assert.ok(figuresAgree(figure(70, { approximate: true, low: 63, high: 70, unit: 'year' }), figure(70, { approximate: true, low: 63, high: 70, unit: 'year' })));
  });

  it('lets two estimates agree only when each falls within the other’s reach, and bounds and multitudes when they meet', () => {
    const nearly1000 = figure(1000, { approximate: true, low: 900, high: 1000 });
    const about850 = figure(850, { approximate: true, low: 765, high: 935 });
    const roughly1000 = figure(1000, { approximate: true, low: 900, high: 1100 });
    assert.ok(!figuresAgree(nearly1000, about850), 'their reaches meet, but neither covers the other’s value');
    assert.ok(figuresAgree(nearly1000, roughly1000));
    const hundreds = figure(100, { approximate: true, low: 100, high: 999 });
    const moreThan600 = figure(600, { approximate: true, low: 600, high: 840 });
    assert.ok(figuresAgree(hundreds, moreThan600));
    assert.ok(!figuresAgree(figure(1200, { approximate: true, low: 1080, high: 1200 }), moreThan600));
  });

  it('lets exact measurements agree within the precision they are written to', () => {
    const pounds400 = figure(181.437, { unit: 'kg', low: 181.21, high: 181.66 });
    const kg181 = figure(181, { unit: 'kg', low: 180.5, high: 181.5 });
    const pounds450 = figure(204.117, { unit: 'kg', low: 203.89, high: 204.34 });
    assert.ok(figuresAgree(pounds400, kg181));
    assert.ok(!figuresAgree(pounds450, kg181));
    assert.equal(formatFigure(pounds450), '204 kg');
  });

  it('lets counts, prices and shares change between editions, and not ages, weights or laps', () => {
    assert.ok(mayEvolve(figure(6)));
    assert.ok(mayEvolve(figure(14, { unit: 'usd/share' })));
    assert.ok(!mayEvolve(figure(4, { unit: 'age' })));
    assert.ok(!mayEvolve(figure(181, { unit: 'kg' })));
    assert.ok(!mayEvolve(figure(20, { unit: 'lap' })));
  });

  it('keys figures by unit and singular counted noun, and skips bare counts', () => {
    assert.equal(figureKey(figure(850, { counted: 'soldiers' })), figureKey(figure(1000, { counted: 'troops' })));
    assert.equal(figureKey(figure(14, { unit: 'usd/share', counted: '' })), 'usd/share|');
    assert.equal(figureKey(figure(3, { counted: 'injured passengers' })), '|passenger');
    assert.equal(figureKey(figure(90, { unit: 'percent', counted: 'households' })), 'percent|');
    assert.equal(figureKey(figure(2, { counted: '' })), null);
  });

  it('turns date values into UTC day ranges whatever the process time zone', () => {
    const day = dayRange('2031-05-07')!;
    assert.equal(new Date(day.from * 86_400_000).toISOString(), '2031-05-07T00:00:00.000Z');
    const week = dayRange('2031-W19')!;
    assert.equal(new Date(week.from * 86_400_000).toISOString().slice(0, 10), '2031-05-05');
    assert.equal(week.to - week.from, 6);
    assert.equal(dayRange('2031-05')!.to - dayRange('2031-05')!.from, 30);
    assert.equal(dayRange('196X')!.precision, 'decade');
    assert.equal(dayRange(null), null);
    assert.ok(datesConflict(dayRange('2031-05-07')!, dayRange('2031-05-06')!));
    assert.ok(!datesConflict(dayRange('2031-05-07')!, dayRange('2031-W19')!));
    assert.ok(datesConflict(dayRange('1958')!, dayRange('1961')!));
    assert.ok(!datesConflict(dayRange('2030')!, dayRange('2031-05-07')!), 'a year and a day are different kinds of statement');
  });
});

const owner: EntitySpec = { name: 'Saoirse Penhallow', type: 'person' };
const operator: EntitySpec = { name: 'Calder Ferries', type: 'organization' };
const port: EntitySpec = { name: 'Port Calder', type: 'place' };
const STORY_OPENING = 'Calder Ferries, run by Saoirse Penhallow, sails from Port Calder. ';

function article(sentences: string, claims: ClaimSpec[], published: string | null = null): [string, ArticleSpec] {
  return [STORY_OPENING + sentences, { entities: [owner, operator, port], claims, published }];
}

const injured = (n: string, value: number, extra: Partial<ClaimSpec> = {}): ClaimSpec => ({
  text: `The fire injured ${n} passengers`,
  figures: [{ text: n, value, counted: 'passengers' }],
  keywords: ['fire', 'injure', 'passenger', 'ferry'],
  attributed: true,
  ...extra,
});

describe('corpus claims: across articles', () => {
  it('flags a figure that disagrees on both sides, with a fix to use the other figure', () => {
    const collection = collectionOf(
      {
        'courier.txt': article('The fire injured 14 passengers, the coast guard said.', [injured('14', 14)]),
        'wire.txt': article('The fire injured 17 passengers, officials said.', [injured('17', 17)]),
      },
      { outlets: { 'wire.txt': 'Lantern Wire' } },
    );
    const [d] = only(collection, 'courier.txt', 'conflicting-number');
    assert.equal(d?.severity, 'warning');
    assert.match(d!.message, /Lantern Wire says “17”/);
    assert.equal(d!.related[0]!.path, 'wire.txt');
    assert.ok(d!.fixes[0]!.kind === 'replace' && d!.fixes[0]!.newText === '17');
    assert.equal(only(collection, 'wire.txt', 'conflicting-number').length, 1);
    const group = collection.matches().find((g) => g.kind === 'number')!;
    assert.equal(group.status, 'conflict');
    assert.deepEqual(group.members.map((m) => m.value), [14, 17]);
  });

  it('lets "about 15" agree with "14", and "nearly 70 years" with "almost seven decades"', () => {
    const decades: ClaimSpec = {
      text: 'The ferry line has run for almost seven decades',
      figures: [{ text: 'almost seven decades', value: 70, low: 63, high: 70, approximate: true, unit: 'year' }],
      keywords: ['ferry', 'line', 'run'],
      attributed: true,
    };
    const years: ClaimSpec = {
      text: 'a ferry line that has run for nearly 70 years',
      figures: [{ text: 'nearly 70 years', value: 70, low: 63, high: 70, approximate: true, unit: 'year' }],
      keywords: ['ferry', 'line', 'run'],
      attributed: true,
    };
    const collection = collectionOf({
      'a.txt': article('The fire injured about 15 passengers. The ferry line has run for almost seven decades.', [
        injured('about 15', 15, { figures: [{ text: 'about 15', value: 15, low: 13, high: 17, approximate: true, counted: 'passengers' }] }),
        decades,
      ]),
      'b.txt': article('The fire injured 14 passengers on a ferry line that has run for nearly 70 years.', [injured('14', 14), years]),
    });
    assert.deepEqual(codes(collection, 'a.txt'), []);
    assert.deepEqual(codes(collection, 'b.txt'), []);
    assert.deepEqual(
      collection.matches().map((g) => [g.kind, g.status]),
      [['number', 'agrees'], ['number', 'agrees']],
    );
  });

  it('compares ages of the person each age belongs to', () => {
    const ages = (a: number, b: number): ClaimSpec => ({
      text: `Saoirse Penhallow, ${a}, and Idris Morrow, ${b}, own the line`,
      figures: [
        { text: String(a), value: a, unit: 'age' },
        { text: String(b), value: b, unit: 'age' },
      ],
      keywords: ['own', 'line'],
      attributed: true,
    });
    const morrow: EntitySpec = { name: 'Idris Morrow', type: 'person' };
    const make = (a: number, b: number): [string, ArticleSpec] => {
      const text = `${STORY_OPENING}Saoirse Penhallow, ${a}, and Idris Morrow, ${b}, own the line.`;
      return [text, { entities: [owner, operator, port, morrow], claims: [ages(a, b)] }];
    };
    const agreeing = collectionOf({ 'a.txt': make(61, 58), 'b.txt': make(61, 58) });
    assert.deepEqual(codes(agreeing, 'a.txt'), []);
    const differing = collectionOf({ 'a.txt': make(61, 58), 'b.txt': make(61, 59) });
    const [d] = only(differing, 'a.txt', 'conflicting-number');
    assert.equal(d?.related.length, 1);
    assert.equal(differing.text('a.txt')!.slice(d!.start, d!.end), '58');
  });

  it('resolves the same weekday against each dateline: "on Wednesday" a week apart conflicts', () => {
    const fire = (value: string, text = 'on Wednesday'): ClaimSpec => ({
      text: `The ferry caught fire ${text}`,
      dates: [{ text, value, relative: text.startsWith('on W') }],
      keywords: ['ferry', 'caught', 'fire'],
      attributed: true,
    });
    const collection = collectionOf({
      'friday.txt': article('The ferry caught fire on Wednesday, the coast guard said.', [fire('2031-05-07')], '2031-05-09'),
      'saturday.txt': article('The ferry caught fire on May 7, the coast guard said.', [fire('2031-05-07', 'on May 7')], '2031-05-10'),
      'next-week.txt': article('The ferry caught fire on Wednesday, the coast guard said.', [fire('2031-05-14')], '2031-05-16'),
    });
    assert.deepEqual(codes(collection, 'saturday.txt'), ['conflicting-date']);
    const [d] = only(collection, 'next-week.txt', 'conflicting-date');
    assert.match(d!.message, /2031-05-14/);
    assert.deepEqual(d!.related.map((r) => r.path).sort(), ['friday.txt', 'saturday.txt']);
    assert.equal(only(collection, 'friday.txt', 'conflicting-date').length, 1);
  });

  it('does not take another event on the same day for the dated one', () => {
    const collection = collectionOf({
      'a.txt': article('The ferry caught fire on May 6, the coast guard said.', [
        { text: 'The ferry caught fire on May 6', dates: [{ text: 'May 6', value: '2031-05-06' }], keywords: ['ferry', 'caught', 'fire'], attributed: true },
      ]),
      'b.txt': article('The ferry caught fire on May 7. The port closed its ferry terminal after the fire on May 6.', [
        { text: 'The ferry caught fire on May 7', dates: [{ text: 'May 7', value: '2031-05-07' }], keywords: ['ferry', 'caught', 'fire'], attributed: true },
        { text: 'The port closed its ferry terminal after the fire on May 6', dates: [{ text: 'May 6', value: '2031-05-06' }], keywords: ['port', 'closed', 'ferry', 'terminal', 'fire'], attributed: true },
      ]),
    });
    assert.deepEqual(codes(collection, 'a.txt'), ['conflicting-date']);
  });

  it('hints at a figure no other article on the story reports, once two others cover it', () => {
    const extra: ClaimSpec = {
      text: 'Repairs could cost 4 million euros',
      figures: [{ text: '4 million euros', value: 4_000_000, unit: 'eur' }],
      keywords: ['repair', 'cost'],
      attributed: true,
    };
    const articles = {
      'a.txt': article('The fire injured 14 passengers. Repairs could cost 4 million euros.', [injured('14', 14), extra]),
      'b.txt': article('The fire injured 14 passengers.', [injured('14', 14)]),
      'c.txt': article('The fire injured 14 passengers.', [injured('14', 14)]),
    };
    const collection = collectionOf(articles);
    const [d] = only(collection, 'a.txt', 'uncorroborated-claim');
    assert.equal(d?.severity, 'hint');
    assert.equal(collection.text('a.txt')!.slice(d!.start, d!.end), 'Repairs could cost 4 million euros');
    assert.deepEqual(codes(collection, 'b.txt'), []);
    assert.ok(collection.matches().some((g) => g.status === 'uncorroborated' && g.members[0]!.path === 'a.txt'));

    const pair = collectionOf({ 'a.txt': articles['a.txt'], 'b.txt': articles['b.txt'] });
    assert.deepEqual(only(pair, 'a.txt', 'uncorroborated-claim'), [], 'one other article is not enough to judge');
  });

  it('keeps an unrelated story in the same collection apart: no conflicts with it', () => {
    const library: [string, ArticleSpec] = [
      'The Glenmoor Library reopened under Tobias Renwick. A small fire on a Glenmoor bus injured 17 passengers.',
      {
        entities: [
          { name: 'Glenmoor Library', type: 'organization' },
          { name: 'Tobias Renwick', type: 'person' },
          { name: 'Glenmoor', type: 'place' },
        ],
        claims: [{ text: 'A small fire on a Glenmoor bus injured 17 passengers', figures: [{ text: '17', value: 17, counted: 'passengers' }], keywords: ['fire', 'injure', 'passenger', 'bus'], attributed: true }],
      },
    ];
    const collection = collectionOf({
      'a.txt': article('The fire injured 14 passengers.', [injured('14', 14)]),
      'b.txt': article('The fire injured 14 passengers.', [injured('14', 14)]),
      'c.txt': article('The fire injured 14 passengers.', [injured('14', 14)]),
      'library.txt': library,
    });
    assert.deepEqual(codes(collection, 'library.txt'), []);
    assert.deepEqual(codes(collection, 'a.txt'), []);
    assert.notEqual(collection.storyOf('library.txt'), collection.storyOf('a.txt'));
    assert.equal(collection.storyOf('b.txt'), collection.storyOf('a.txt'));
  });
});
