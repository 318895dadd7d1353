import { strict as assert } from 'node:assert';
import type { Collection } from '../../../server/src/corpus/collection';
import { eventKindOf } from '../../../server/src/corpus/eventWords';
import { datedCollection, findings } from './analyzedCollection';

const dateConflicts = (c: Collection, path: string) => findings(c, path, 'conflicting-date');

const LEAD = 'HALDENBURG — Haldenburg police will open a help tent for women at the harbour festival, police chief Ilse Marten told the Haldenburg Red Cross.';

describe('event words', () => {
  it('folds the words outlets swap for one event into one kind', () => {
    assert.equal(eventKindOf('bombing'), eventKindOf('explosion'));
    assert.equal(eventKindOf('transported'), eventKindOf('came'));
    assert.equal(eventKindOf('airstrikes'), 'airstrike');
    assert.equal(eventKindOf('announcement'), 'say');
  });

  it('names no event by words that only look like verb forms or share a start', () => {
    for (const word of ['morning', 'during', 'electricity', 'hundred', 'expected']) assert.equal(eventKindOf(word), null, word);
  });
});

describe('conflicting dates only for the same event', () => {
  it('leaves "two years ago" alone beside "as 2016 arrived" and a "last year" of another clause', () => {
    const c = datedCollection({
      'gazette.txt': ['2017-12-29', `${LEAD} Two years ago, gangs robbed hundreds of women in Haldenburg as 2016 arrived. Last year, Haldenburg police recorded 14 thefts at the festival.`],
      'herald.txt': ['2017-12-30', `${LEAD} The robberies two years ago in Haldenburg shocked the country. This year, Haldenburg police will double their patrols at the festival.`],
    });
    assert.equal(c.storyOf('gazette.txt'), c.storyOf('herald.txt'));
    assert.deepEqual(dateConflicts(c, 'gazette.txt'), []);
    assert.deepEqual(dateConflicts(c, 'herald.txt'), []);
  });

  it('leaves "this year" alone in two articles published in different years', () => {
    const c = datedCollection({
      'gazette.txt': ['2017-12-29', `${LEAD} Haldenburg police confirmed that this year women would be able to seek help in a tent.`],
      'wire.txt': ['2018-01-10', `${LEAD} In July this year, youths clashed with Haldenburg police at a fair.`],
    });
    assert.deepEqual(dateConflicts(c, 'gazette.txt'), []);
    assert.deepEqual(dateConflicts(c, 'wire.txt'), []);
  });

  it('leaves a background year alone beside the year of another event', () => {
    const c = datedCollection({
      'gazette.txt': ['2031-03-04', `${LEAD} The harbour tram derailed in Haldenburg on Monday. The Haldenburg tram line was built in 1987.`],
      'herald.txt': ['2031-03-04', `${LEAD} The harbour tram derailed in Haldenburg on Monday. The Haldenburg tram line opened in 1989.`],
    });
    assert.deepEqual(dateConflicts(c, 'gazette.txt'), []);
  });

  it('flags one group’s airstrikes dated "this week" in one outlet and "last week" in another', () => {
    const c = datedCollection({
      'ledger.txt': ['2016-11-10', 'KELVAR — The Marrow Front attacked a police post in Kelvar. Its spokesman, Dariel Osk, called the attack a reprisal for airstrikes in Kelvar this week.'],
      'courier.txt': ['2016-11-11', 'The Marrow Front attacked a police post in Kelvar, officials said. Its spokesman Dariel Osk said it acted in retaliation for air strikes last week in Kelvar province.'],
    });
    assert.deepEqual(dateConflicts(c, 'ledger.txt'), ['this week']);
    assert.deepEqual(dateConflicts(c, 'courier.txt'), ['last week']);
  });

  it('flags the same remarks dated to different months, and not the same verb said of other people', () => {
    const remarks = (month: string): string => `${LEAD} Minister Oona Treharne told the Haldenburg assembly in ${month} that the ferry subsidy would end.`;
    const differ = datedCollection({ 'gazette.txt': ['2031-01-20', remarks('December')], 'herald.txt': ['2031-01-21', remarks('November')] });
    assert.deepEqual(dateConflicts(differ, 'gazette.txt'), ['December']);
    assert.deepEqual(dateConflicts(differ, 'herald.txt'), ['November']);

    const elected = (name: string, year: string): string => `${LEAD} ${name} was elected mayor of Haldenburg in ${year}.`;
    const people = datedCollection({ 'gazette.txt': ['2031-01-20', elected('Alder Quayle', '2013')], 'herald.txt': ['2031-01-21', elected('Bram Quist', '2014')] });
    assert.deepEqual(dateConflicts(people, 'gazette.txt'), []);
  });

  it('doubts the weekdays of an article dated far from the rest of its story', () => {
    const closed = 'The Haldenburg zoo closed its gorilla house on Saturday after a boy fell into the moat, zoo director Thane Osric said. Keeper Mara Voss said the gorillas were calm.';
    const misdated = datedCollection({ 'gazette.txt': ['2016-05-29', closed], 'herald.txt': ['2016-05-30', closed], 'wire.txt': ['2017-11-30', closed] });
    assert.deepEqual(dateConflicts(misdated, 'wire.txt'), [], 'a page dated a year and a half later is not trusted');
    const week = datedCollection({ 'gazette.txt': ['2016-05-29', closed], 'herald.txt': ['2016-05-30', closed], 'wire.txt': ['2016-06-06', closed] });
    assert.deepEqual(dateConflicts(week, 'wire.txt'), ['Saturday'], 'a week later, its Saturday is another day');
  });

  it('leaves a background launch years before publication alone beside this week’s launch', () => {
    const lead = 'Osterland space chief Mira Kalden told the Osterland Courier about the programme.';
    const c = datedCollection({
      'gazette.txt': ['2016-02-08', `${lead} Osterland launched its first satellite on April 5, 2009.`],
      'herald.txt': ['2016-02-08', `${lead} Osterland launched a satellite on Sunday.`],
    });
    assert.deepEqual(dateConflicts(c, 'gazette.txt'), []);
    assert.deepEqual(dateConflicts(c, 'herald.txt'), []);
  });

  it('takes "tonight" a day off from another source’s date as the publication day’s time zone, not a conflict', () => {
    const lead = 'Singer Mira Kalden will headline the Haldenburg Arena, promoter Ilse Marten told the Haldenburg Courier.';
    const c = datedCollection({
      'gazette.txt': ['2031-02-05', `${lead} The concert takes place tonight at the Haldenburg Arena.`],
      'herald.txt': ['2031-02-03', `${lead} The concert takes place on Tuesday, February 4 at the Haldenburg Arena.`],
    });
    assert.deepEqual(dateConflicts(c, 'gazette.txt'), []);
  });

  it('leaves alone the timestamps of embedded posts, and events named far after a date', () => {
    const lead = 'Skyforge founder Ada Quill spoke to the Haldenburg Courier about the rocket.';
    const posts = datedCollection({
      'gazette.txt': ['2031-02-07', `${lead} A red car for the red planet. A post shared by Skyforge (@skyforge) on Dec 22, 2030 at 2:57pm PST`],
      'herald.txt': ['2031-02-07', `${lead} The side boosters landed together. — Ada Quill (@adaquill) Feb 4, 2031 at 9:50pm PST`],
    });
    assert.deepEqual(dateConflicts(posts, 'gazette.txt'), []);
    const years = datedCollection({
      'gazette.txt': ['2031-02-07', `${lead} Ada Quill founded Skyforge in 2002 to lower the cost of spaceflight, and its launch prices drew customers.`],
      'herald.txt': ['2031-02-07', `${lead} Skyforge became, in 2010, the first private company to launch a capsule and bring it back.`],
    });
    assert.deepEqual(dateConflicts(years, 'gazette.txt'), []);
  });
});
