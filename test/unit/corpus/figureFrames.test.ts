// Which figures of invented articles on one story are compared: the same quantity of the same thing in
// the same event, whatever the unit or wording, and nothing else; and when a differing figure is news
// that moved on rather than a conflict.
import { strict as assert } from 'node:assert';
import { analyzedCollection as collection, findings } from './analyzedCollection';

/** An article with front matter; its first sentence names the people that tie the story together. */
function article(outlet: string, date: string, ...sentences: string[]): string {
  return ['---', `title: ${outlet} on the Varnholm Zoo`, `outlet: ${outlet}`, `date: ${date}`, '---', '', ...sentences.map((s) => s + '\n')].join('\n');
}

const OPENING = 'Anika Brandt, director of the Varnholm Zoo, spoke to reporters on Sunday.';

describe('corpus figures: claim frames', () => {
  it('weighs the same bear in pounds and kilograms alike, and flags the outlet that weighs it otherwise, days later too', () => {
    const c = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'The 181-kg bear dragged the keeper across the yard, Brandt said.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'Brandt said the 400lb bear dragged the keeper across the yard.'),
      'c.txt': article('Evening Signal', '2030-05-15', OPENING, 'Brandt said the 450-pound bear at the Varnholm Zoo had dragged the keeper across the yard.'),
    });
    assert.deepEqual(findings(c, 'a.txt', 'conflicting-number'), ['181-kg']);
    assert.deepEqual(findings(c, 'b.txt', 'conflicting-number'), ['400lb']);
    assert.deepEqual(findings(c, 'c.txt', 'conflicting-number'), ['450-pound']);
    assert.deepEqual(findings(c, 'c.txt', 'updated-figure'), [], 'a weight is no news that moves on');
  });

  it('flags a fall of 15 feet against one of 10 to 12 feet, and leaves a depth and a distance alone', () => {
    const c = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'The girl fell 15ft into the moat of the bear enclosure, Brandt said.', 'The moat is 12 feet deep.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'Brandt said the girl fell 10 to 12 feet into the moat of the bear enclosure.', 'The keepers stood 15 feet away from the moat.'),
    });
    assert.deepEqual(findings(c, 'a.txt', 'conflicting-number'), ['15ft']);
    assert.deepEqual(findings(c, 'b.txt', 'conflicting-number'), ['10 to 12 feet']);
  });

  it('compares the ages of the girl the outlets describe, and never the ages of two different people', () => {
    const c = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'A four-year-old girl climbed through the fence of the bear enclosure on Saturday.', 'Her father, Teodor Lind, 61, watched from the path.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'A 3-year-old girl climbed through the fence of the bear enclosure on Saturday.', 'Her mother, Mira Lind, 34, watched from the path.'),
    });
    assert.deepEqual(findings(c, 'a.txt', 'conflicting-number'), ['four-year-old']);
    assert.deepEqual(findings(c, 'b.txt', 'conflicting-number'), ['3-year-old']);
  });

  it('does not take one of two men of an article for the man of another', () => {
    const c = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'Police arrested a 30-year-old man and a 45-year-old man after the break-in at the bear enclosure.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'Police arrested a 32-year-old man after the break-in at the bear enclosure.'),
    });
    assert.deepEqual(findings(c, 'a.txt', 'conflicting-number'), []);
    assert.deepEqual(findings(c, 'b.txt', 'conflicting-number'), []);
  });

  it('does not compare the ages of two animals named differently, nor of two drivers in unlike sentences', () => {
    const named = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'The keepers fed a 17-year-old male named Bodo Quill before the storm.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'The keepers fed the 26-year-old male Ursin Dale before the storm.'),
    });
    assert.deepEqual(findings(named, 'a.txt', 'conflicting-number'), []);
    const drivers = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'The 20-year-old driver crashed into the barrier near the zoo gates.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'Brandt thanked the 23-year-old driver who won the charity race for the zoo.'),
    });
    assert.deepEqual(findings(drivers, 'a.txt', 'conflicting-number'), []);
  });

  it('does not compare distances that say nothing of what they measure', () => {
    const c = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'The zoo balloon drifted 22,000 feet over the bear enclosure, Brandt said.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'Brandt said the zoo balloon landed 3 miles beyond the bear enclosure.'),
    });
    assert.deepEqual(findings(c, 'a.txt', 'conflicting-number'), []);
    const away = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'The zoo balloon came down 22,000 feet away from the bear enclosure, Brandt said.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'Brandt said the zoo balloon came down 3 miles away from the bear enclosure.'),
    });
    assert.deepEqual(findings(away, 'a.txt', 'conflicting-number'), []);
  });

  it('does not compare an age of a background event years before with the story’s own', () => {
    const c = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'A four-year-old girl fell into the bear enclosure on Saturday, Brandt said.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'In 2011 a 3-year-old girl fell into the bear enclosure at another zoo, Brandt said.'),
    });
    assert.deepEqual(findings(c, 'a.txt', 'conflicting-number'), []);
    assert.deepEqual(findings(c, 'b.txt', 'conflicting-number'), []);
  });

  it('keeps the dead and the injured of one sentence apart', () => {
    const c = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'The blast at the zoo kitchen killed 3 workers and injured 27 workers, the fire service said.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'The blast at the zoo kitchen killed 3 workers, the fire service said.'),
      'c.txt': article('Evening Signal', '2030-05-12', OPENING, 'The blast at the zoo kitchen injured 29 workers, the fire service said.'),
    });
    assert.deepEqual(findings(c, 'a.txt', 'conflicting-number'), ['27']);
    assert.deepEqual(findings(c, 'b.txt', 'conflicting-number'), []);
    assert.deepEqual(findings(c, 'c.txt', 'conflicting-number'), ['29']);
  });

  it('lets "hundreds" cover "more than 600", and flags "almost 1,200" against it', () => {
    const c = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'Hundreds of visitors were evacuated from the zoo grounds, Brandt said.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'More than 600 visitors were evacuated from the zoo grounds, Brandt said.'),
    });
    assert.deepEqual(findings(c, 'a.txt', 'conflicting-number'), []);
    assert.deepEqual(findings(c, 'b.txt', 'conflicting-number'), []);
    const d = collection({
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'More than 600 visitors were evacuated from the zoo grounds, Brandt said.'),
      'c.txt': article('Evening Signal', '2030-05-12', OPENING, 'Almost 1,200 visitors were evacuated from the zoo grounds, Brandt said.'),
    });
    assert.deepEqual(findings(d, 'c.txt', 'conflicting-number'), ['Almost 1,200']);
  });

  it('flags two estimates a sixth apart, and lets troops and soldiers count the same people', () => {
    const c = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'The army has nearly 1,000 troops guarding the zoo district, Brandt said.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'The army has about 850 soldiers guarding the zoo district, Brandt said.'),
      'c.txt': article('Evening Signal', '2030-05-12', OPENING, 'The army has roughly 1,000 soldiers guarding the zoo district, Brandt said.'),
    });
    assert.deepEqual(findings(c, 'b.txt', 'conflicting-number'), ['about 850']);
    assert.deepEqual(findings(c, 'a.txt', 'conflicting-number'), ['nearly 1,000']);
    const [flagged] = c.diagnostics('a.txt').filter((d) => d.code === 'conflicting-number');
    assert.deepEqual(flagged!.related.map((r) => r.path), ['b.txt'], '"roughly 1,000" agrees with "nearly 1,000"');
  });

  it('does not compare a town’s count with a province’s', () => {
    const c = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'The floods killed 12 people in Marlow, the Brenn governor Ilka Soren said.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'The floods killed 40 people across Brenn, the Brenn governor Ilka Soren said.'),
    });
    assert.deepEqual(findings(c, 'a.txt', 'conflicting-number'), []);
    assert.deepEqual(findings(c, 'b.txt', 'conflicting-number'), []);
    const sameTown = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'The floods killed 12 people in Marlow, the Brenn governor Ilka Soren said.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'The floods killed 40 people in Marlow, the Brenn governor Ilka Soren said.'),
    });
    assert.deepEqual(findings(sameTown, 'b.txt', 'conflicting-number'), ['40']);
  });

  it('does not compare the price of a share with the price of the deal, but flags another price a share', () => {
    const c = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'Halden Group agreed to buy the zoo operator Corvel for $14 a share, Brandt said.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'Halden Group agreed to buy the zoo operator Corvel in a $2.1 billion deal, Brandt said.'),
      'c.txt': article('Evening Signal', '2030-05-12', OPENING, 'Halden Group agreed to buy the zoo operator Corvel for $15 a share, Brandt said.'),
    });
    assert.deepEqual(findings(c, 'b.txt', 'conflicting-number'), []);
    assert.deepEqual(findings(c, 'a.txt', 'conflicting-number'), ['$14']);
  });

  it('flags the lap of a crash told as "lap 20" and "the 21st lap"', () => {
    const c = collection({
      'a.txt': article('Harrow Courier', '2030-05-12', OPENING, 'The zoo’s sponsor car crashed on lap 20 at the Varnholm circuit, Brandt said.'),
      'b.txt': article('Lantern Wire', '2030-05-12', OPENING, 'The zoo’s sponsor car crashed on the 21st lap at the Varnholm circuit, Brandt said.'),
    });
    assert.deepEqual(findings(c, 'a.txt', 'conflicting-number'), ['lap 20']);
  });
});

describe('corpus figures: a toll that rose between editions', () => {
  const thursday = article('Harrow Courier', '2030-03-07', OPENING, 'The explosion at the zoo kitchen killed at least two people, officials said.');
  const friday = article('Lantern Wire', '2030-03-08', OPENING, 'The explosion at the zoo kitchen killed at least six people, officials said.');

  it('tells a figure that differs in an article of another day as an update, at information level, with the day between', () => {
    const c = collection({ 'a.txt': thursday, 'b.txt': friday });
    assert.deepEqual(findings(c, 'a.txt', 'conflicting-number'), []);
    const [update] = c.diagnostics('a.txt').filter((d) => d.code === 'updated-figure');
    assert.equal(update?.severity, 'information');
    assert.match(update!.message, /“at least six” in Lantern Wire, published a day later/);
    assert.equal(update!.fixes[0]?.title, "Use Lantern Wire's later figure");
    const [earlier] = c.diagnostics('b.txt').filter((d) => d.code === 'updated-figure');
    assert.match(earlier!.message, /published a day earlier/);
    assert.deepEqual(earlier!.fixes, [], 'an earlier figure is not offered as a fix');
  });

  it('keeps a conflict between articles of the same day, and between sources that dispute a figure', () => {
    const sameDay = article('Evening Signal', '2030-03-08', OPENING, 'The explosion at the zoo kitchen killed at least four people, officials said.');
    const c = collection({ 'b.txt': friday, 'c.txt': sameDay });
    assert.deepEqual(findings(c, 'c.txt', 'conflicting-number'), ['at least four']);
    const union = article('Evening Signal', '2030-03-08', OPENING, 'The explosion at the zoo kitchen killed at least four people, according to the keepers’ union.');
    const d = collection({ 'a.txt': thursday.replace('officials said', 'the zoo management said'), 'c.txt': union });
    assert.deepEqual(findings(d, 'c.txt', 'conflicting-number'), ['at least four']);
  });
});
