import { strict as assert } from 'node:assert';
import { dayRange, datesConflict, datesOverlap, yearlessDay } from '../../../server/src/corpus/claims';
import type { ArticleSpec, ClaimSpec, EntitySpec } from './buildFacts';
import { codes, collectionOf, only } from './collectionOf';

const minister: EntitySpec = { name: 'Oona Treharne', type: 'person' };
const union: EntitySpec = { name: 'Skerrow Seafarers Union', type: 'organization' };
const island: EntitySpec = { name: 'Skerrow', type: 'place' };
const OPENING = 'Oona Treharne of the Skerrow Seafarers Union spoke on Skerrow. ';

function article(sentences: string, claims: ClaimSpec[], published: string | null = null): [string, ArticleSpec] {
  return [OPENING + sentences, { entities: [minister, union, island], claims, published }];
}

describe('corpus claims: dates without a year, and years written by the same word', () => {
  it('reads a month and day with no year, and compares it by month and day only', () => {
    assert.deepEqual(yearlessDay('January 3'), { from: NaN, to: NaN, precision: 'yearless', monthDay: 103 });
    assert.equal(yearlessDay('3rd Jan.')!.monthDay, 103);
    assert.equal(yearlessDay('Sept. 30')!.monthDay, 930);
    assert.equal(yearlessDay('January'), null);
    assert.equal(yearlessDay('January 32'), null);
    assert.equal(yearlessDay('next Tuesday'), null);

    const jan3 = yearlessDay('Jan. 3')!;
    assert.ok(datesOverlap(jan3, dayRange('2031-01-03')!));
    assert.ok(datesOverlap(dayRange('2031-01')!, jan3), 'the month holds the day');
    assert.ok(!datesOverlap(jan3, dayRange('2031-01-04')!));
    assert.ok(datesConflict(jan3, dayRange('2031-01-04')!), 'two days are both precise');
    assert.ok(!datesOverlap(jan3, dayRange('2031')!) && !datesConflict(jan3, dayRange('2031')!), 'a year neither confirms nor contradicts a day');
  });

  const ferryStrike = (text: string, date: string, value: string | null): ClaimSpec => ({
    text,
    dates: [{ text: date, value, relative: value === null || !/^\d{4}$/.test(date) }],
    keywords: ['ferry', 'strike', 'began', 'harbour', 'crew'],
    attributed: true,
  });

  it('matches an undated article’s "January 3" with another outlet’s dated "Jan. 3", and flags "January 4"', () => {
    const collection = collectionOf({
      'dated.txt': article('The ferry strike began in the harbour on Jan. 3, the crew said.', [
        ferryStrike('The ferry strike began in the harbour on Jan. 3', 'Jan. 3', '2031-01-03'),
      ], '2031-01-09'),
      'undated.txt': article('The ferry strike began in the harbour on January 3, the crew said.', [
        ferryStrike('The ferry strike began in the harbour on January 3', 'January 3', null),
      ]),
      'wrong.txt': article('The ferry strike began in the harbour on January 4, the crew said.', [
        ferryStrike('The ferry strike began in the harbour on January 4', 'January 4', null),
      ]),
    });
    const groups = collection.matches().filter((g) => g.kind === 'date');
    assert.equal(groups.length, 1);
    assert.equal(groups[0]!.status, 'conflict');
    assert.deepEqual(groups[0]!.members.map((m) => m.text), ['Jan. 3', 'January 3', 'January 4']);
    assert.deepEqual(codes(collection, 'undated.txt'), ['missing-publication-date', 'conflicting-date'], 'told once that it has no publication date');
    const [d] = only(collection, 'wrong.txt', 'conflicting-date');
    assert.match(d!.message, /January 4|Jan/);

    const agreeing = collectionOf({
      'dated.txt': article('The ferry strike began in the harbour on Jan. 3, the crew said.', [
        ferryStrike('The ferry strike began in the harbour on Jan. 3', 'Jan. 3', '2031-01-03'),
      ], '2031-01-09'),
      'undated.txt': article('The ferry strike began in the harbour on January 3, the crew said.', [
        ferryStrike('The ferry strike began in the harbour on January 3', 'January 3', null),
      ]),
    });
    const [group] = agreeing.matches().filter((g) => g.kind === 'date');
    assert.equal(group?.status, 'agrees');
    assert.equal(group?.note, 'same date: 2031-01-03');
  });

  it('dates one event by the word written right by two years, however different the sentences', () => {
    const ban = (text: string, years: string[], keywords: string[], entities: string[] = []): ClaimSpec => ({
      text,
      dates: years.map((y) => ({ text: y, value: y })),
      keywords,
      entities,
      attributed: true,
    });
    // Both articles report the strike itself; the ban is background each tells in its own words.
    const strike: ClaimSpec = { text: 'The crews went on strike over pay', keywords: ['crew', 'strike', 'pay'], attributed: true };
    const short = (year: string) =>
      article(`The crews went on strike over pay. The fishing ban was imposed in ${year}, the council said.`, [
        strike,
        ban(`The fishing ban was imposed in ${year}`, [year], ['fishing', 'ban', 'impos']),
      ]);
    const long = (year: string) =>
      article(`The crews went on strike over pay. Skerrow endured decades of decline, from the storm of 1961 to a ban enacted in ${year} that tightened later.`, [
        strike,
        ban(`Skerrow endured decades of decline, from the storm of 1961 to a ban enacted in ${year} that tightened later`, ['1961', year], [
          'endured', 'decade', 'decline', 'storm', 'ban', 'enact', 'tighten', 'later',
        ]),
      ]);
    const same = collectionOf({ 'a.txt': short('1974'), 'b.txt': long('1974') });
    const dateGroups = (c: ReturnType<typeof collectionOf>) => c.matches().filter((g) => g.kind === 'date').map((g) => [g.status, g.members.map((m) => m.text)]);
    assert.deepEqual(dateGroups(same), [['agrees', ['1974', '1974']]], 'the storm of 1961 is another event');
    assert.deepEqual(codes(same, 'b.txt'), []);

    const differ = collectionOf({ 'a.txt': short('1974'), 'b.txt': long('1975') });
    assert.deepEqual(dateGroups(differ), [['conflict', ['1974', '1975']]]);
    assert.equal(only(differ, 'a.txt', 'conflicting-date').length, 1);
    assert.equal(only(differ, 'b.txt', 'conflicting-date')[0]?.start, differ.text('b.txt')!.indexOf('1975'));
  });

  it('does not date one event by a shared word when the claims name different people', () => {
    const power = (name: string, sentence: string, year: string, keywords: string[]): [string, ArticleSpec] => [
      `${OPENING}The crews went on strike over pay. ${sentence}.`,
      {
        entities: [minister, union, island, { name, type: 'person' }],
        claims: [
          { text: 'The crews went on strike over pay', keywords: ['crew', 'strike', 'pay'], attributed: true },
          { text: sentence, dates: [{ text: year, value: year }], keywords, entities: [name], attributed: true },
        ],
      },
    ];
    const tookPower = (name: string) => power(name, `${name} took power in 1999 after a long campaign`, '1999', ['took', 'power', 'long', 'campaign']);
    const heldPower = (name: string) => power(name, `${name}, who has held power since 2013, faces an election`, '2013', ['held', 'power', 'face', 'election']);
    const two = collectionOf({ 'a.txt': tookPower('Alder Quayle'), 'b.txt': heldPower('Bram Quist') });
    assert.deepEqual(only(two, 'a.txt', 'conflicting-date'), []);
    const tookPowerLater = (name: string) => power(name, `${name}, who took power in 2013, faces an election`, '2013', ['took', 'power', 'face', 'election']);
    const one = collectionOf({ 'a.txt': tookPower('Alder Quayle'), 'b.txt': tookPowerLater('Alder Quayle') });
    assert.equal(only(one, 'a.txt', 'conflicting-date').length, 1, 'one person, one event, two years');
    const other = collectionOf({ 'a.txt': tookPower('Alder Quayle'), 'b.txt': heldPower('Alder Quayle') });
    assert.deepEqual(only(other, 'a.txt', 'conflicting-date'), [], 'taking power and holding it since are told by different words');
  });
  it('takes "built in 1958" and "completed in 1959" for one event told with different verbs', () => {
    const strike: ClaimSpec = { text: 'The crews went on strike over pay', keywords: ['crew', 'strike', 'pay'], attributed: true };
    const breakwater = (sentence: string, year: string, keywords: string[]): [string, ArticleSpec] =>
      article(`The crews went on strike over pay. ${sentence}.`, [
        strike,
        { text: sentence, dates: [{ text: year, value: year }], keywords, attributed: true },
      ]);
    const built = breakwater('The breakwater, built in 1958, was judged sound by the harbour board', '1958', ['breakwater', 'built', 'judg', 'sound', 'harbour', 'board']);
    // The claims share one word, far from the years: only the verb beside each year can tie them.
    const pier = (verb: string, stem: string, year: string) =>
      breakwater(`The old pier was ${verb} in ${year} after a long dispute over money with the port board`, year, ['old', 'pier', stem, 'long', 'dispute', 'money', 'port', 'board']);
    const agreeing = collectionOf({ 'a.txt': built, 'b.txt': pier('completed', 'complet', '1958') });
    assert.deepEqual(agreeing.matches().filter((g) => g.kind === 'date').map((g) => g.status), ['agrees']);
    const differing = collectionOf({ 'a.txt': built, 'b.txt': pier('completed', 'complet', '1959') });
    assert.equal(only(differing, 'a.txt', 'conflicting-date').length, 1);
    const otherVerb = collectionOf({ 'a.txt': built, 'b.txt': pier('repainted', 'repaint', '1959') });
    assert.deepEqual(only(otherVerb, 'a.txt', 'conflicting-date'), [], 'repainting is another event');
  });
});
