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
    assert.deepEqual(codes(collection, 'undated.txt'), ['conflicting-date']);
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

  it('agrees on a year two otherwise different claims write by the same word, but never calls that a conflict', () => {
    const ban = (text: string, year: string, keywords: string[]): ClaimSpec => ({
      text,
      dates: [{ text: year, value: year }],
      keywords,
      attributed: true,
    });
    // Both articles report the strike itself; the ban is background each tells in its own words.
    const strike: ClaimSpec = { text: 'The crews went on strike over pay', keywords: ['crew', 'strike', 'pay'], attributed: true };
    const short = (year: string) =>
      article(`The crews went on strike over pay. The fishing ban was imposed in ${year}, the council said.`, [
        strike,
        ban(`The fishing ban was imposed in ${year}`, year, ['fishing', 'ban', 'impos']),
      ]);
    const long = (year: string) =>
      article(`The crews went on strike over pay. Skerrow endured decades of decline, from the storm of 1961 to a ban enacted in ${year} that tightened later.`, [
        strike,
        ban(`Skerrow endured decades of decline, from the storm of 1961 to a ban enacted in ${year} that tightened later`, year, [
          'endured', 'decade', 'decline', 'storm', 'ban', 'enact', 'tighten', 'later',
        ]),
      ]);
    const same = collectionOf({ 'a.txt': short('1974'), 'b.txt': long('1974') });
    const [group] = same.matches().filter((g) => g.kind === 'date');
    assert.equal(group?.status, 'agrees');
    assert.deepEqual(group?.members.map((m) => m.text), ['1974', '1974']);

    const differ = collectionOf({ 'a.txt': short('1974'), 'b.txt': long('1975') });
    assert.deepEqual(differ.matches().filter((g) => g.kind === 'date'), []);
    assert.deepEqual(only(differ, 'a.txt', 'conflicting-date'), []);
  });
});
