import { strict as assert } from 'node:assert';
import { findDates } from '../../../server/src/core/dates';
import type { DateMention } from '../../../server/src/core/types';
import { plainLayout } from './plainLayout';

function date(text: string, expression: string, published: string): DateMention {
  const found = findDates(text, plainLayout(text), published).find((d) => d.text === expression);
  assert.ok(found, `"${expression}" is found in "${text}"`);
  return found;
}

// 2023-12-29 is a Friday; 2023-12-31, New Year's Eve, a Sunday.
describe('findDates: readings the text settles or casts doubt on', () => {
  it('reads a holiday written with its year as that day', () => {
    assert.equal(date("On New Year's Eve 2019, pickpockets worked the crowds in Haldenburg.", "New Year's Eve 2019", '2023-12-29').value, '2019-12-31');
    assert.equal(date('The market burned down at Christmas 2020.', 'Christmas 2020', '2023-12-29').relative, false);
  });

  it('takes a weekday written beside a day of the same sentence that falls on it', () => {
    const text = "As crowds see in New Year's Eve at the harbour on Sunday night, medics will wait in a tent.";
    const sunday = date(text, 'Sunday night', '2023-12-29');
    assert.equal(sunday.value, '2023-12-31', 'New Year’s Eve 2023 is that Sunday, not the one before publication');
    assert.equal(sunday.doubtful, undefined);
  });

  it('doubts a weekday read as past when nothing near it says so and the sentence looks ahead', () => {
    const ahead = date('Revellers are expected to flock to the harbour\'s "lantern mile" in front of the old customs house on Sunday.', 'Sunday', '2023-12-29');
    assert.equal(ahead.doubtful, true);
    const near = date('Revellers are expected to gather at the harbour on Sunday.', 'Sunday', '2023-12-29');
    assert.deepEqual([near.value, near.doubtful], ['2023-12-31', undefined], 'a future word close by settles it');
    const past = date('The ferry sank off the harbour wall on Sunday.', 'Sunday', '2023-12-29');
    assert.equal(past.value, '2023-12-24');
    assert.equal(past.doubtful, undefined, 'a past verb settles it');
  });

  it('reads "by Sunday" after a past verb as a day gone by, not a deadline', () => {
    assert.equal(date('The petition had more than 3,000 names by Sunday afternoon.', 'Sunday afternoon', '2023-12-29').value, '2023-12-24');
    assert.equal(date('Crews must clear the pier by Sunday.', 'Sunday', '2023-12-29').value, '2023-12-31');
  });

  it('doubts a holiday taken as next year’s when this year’s fell just before publication', () => {
    const eve = date("The town will mark New Year's Eve with a lantern parade.", "New Year's Eve", '2024-01-08');
    assert.equal(eve.value, '2024-12-31');
    assert.equal(eve.doubtful, true);
    const ordinary = date("The town will mark New Year's Eve with a lantern parade.", "New Year's Eve", '2024-11-20');
    assert.equal(ordinary.doubtful, undefined);
  });

  it('doubts a day without its year in a sentence set in another year', () => {
    const eve = date("Marches held in January 2016 followed the thefts on New Year's Eve.", "New Year's Eve", '2023-12-29');
    assert.equal(eve.doubtful, true);
    const same = date("Marches held in December 2023 followed the thefts on Christmas Eve.", 'Christmas Eve', '2023-12-29');
    assert.equal(same.doubtful, undefined);
  });
});
