// Which words make a name and where a name starts and ends.
import { strict as assert } from 'node:assert';
import { find } from './helpers';

describe('entity names: spans', () => {
  it('takes accented, hyphenated and particle names whole', () => {
    const found = find('The mayor met Ana Lucía Peñalver-Ortiz and José de la Fuente in Valparaíso on a rainy afternoon.');
    assert.deepEqual(found.texts(), ['Ana Lucía Peñalver-Ortiz', 'José de la Fuente', 'Valparaíso']);
  });

  it('keeps Dutch and Arabic particles inside names', () => {
    const found = find('Pieter van der Berg spoke after Khalid bin Rashid and before Omar al-Farouk took the stage.');
    assert.deepEqual(found.texts(), ['Pieter van der Berg', 'Khalid bin Rashid', 'Omar al-Farouk']);
  });

  it('takes a surname with its particle, and given names with short lower-case syllables', () => {
    const found = find('The bowling of de Varga troubled everyone, and Kim Jae-in watched from the stands.');
    assert.deepEqual(found.entities.map((m) => [m.text, m.type]), [
      ['de Varga', 'person'],
      ['Kim Jae-in', 'person'],
    ]);
  });

  it('keeps initials and apostrophes inside names', () => {
    const found = find('The papers of Harold T. Whitcombe were sold by Maeve O\u2019Donnell last spring.');
    assert.deepEqual(found.texts(), ['Harold T. Whitcombe', 'Maeve O\u2019Donnell']);
  });

  it('leaves the possessive and trailing punctuation out of the mention', () => {
    const found = find("Analysts doubt Norvania's budget. They trust Kessler\u2019s figures, and Norvania.");
    assert.deepEqual(found.texts(), ['Norvania', 'Kessler', 'Norvania']);
    assert.equal(found.mention('Kessler')?.end, found.mention('Kessler')!.start + 'Kessler'.length);
  });

  it('leaves markdown emphasis markers out of names', () => {
    const found = find('Residents of **Valparaíso** cheered for *Ana Peñalver* as she arrived.');
    assert.deepEqual(found.texts(), ['Valparaíso', 'Ana Peñalver']);
  });

  it('does not take an ordinary word that opens a sentence', () => {
    const found = find('Yesterday the council met. Officials said nothing. Critics disagreed with Mayor Dunmore.');
    assert.deepEqual(found.texts(), ['Dunmore']);
  });

  it('takes a sentence-opening word that the article capitalises mid-sentence elsewhere', () => {
    const found = find('Brackenridge voted early. Neighbours say Brackenridge has always voted early.');
    assert.deepEqual(found.texts(), ['Brackenridge', 'Brackenridge']);
  });

  it('takes a sentence-opening word a lexicon knows', () => {
    const found = find('Venezuela sent a delegation. Delegates arrived late.');
    assert.deepEqual(found.texts(), ['Venezuela']);
  });

  it('drops an adjective that opens a sentence before a name', () => {
    const found = find('Several residents praised Tamsin Hollowell. Prominent Hollowell supporters stayed home.');
    assert.equal(found.mention('Hollowell')?.type, 'person');
    assert.equal(found.texts().some((t) => t.startsWith('Prominent')), false);
  });

  it('never takes months, weekdays or pronouns as names', () => {
    const found = find('On Monday, Ottoline Brierley said She would return in March. I doubt it, said Brierley.');
    assert.deepEqual(found.texts(), ['Ottoline Brierley', 'Brierley']);
  });

  it('splits a name from a month that follows it', () => {
    const found = find('Lisbon January sales were slow, said Ottoline Brierley.');
    assert.ok(found.texts().includes('Lisbon'));
    assert.ok(!found.texts().some((t) => t.includes('January')));
  });

  it('reads all-caps headlines only against lexicons and names the article gives', () => {
    const found = find('BRACKENRIDGE WINS AS VENEZUELA WATCHES\nThe candidate Osric Brackenridge won in Caracas.');
    const headline = found.entities.filter((m) => m.start < 40).map((m) => [m.text, m.type]);
    assert.deepEqual(headline, [['BRACKENRIDGE', 'person'], ['VENEZUELA', 'place']]);
    assert.equal(found.entityOf('BRACKENRIDGE'), found.entityOf('Osric Brackenridge'));
  });

  it('produces nothing from an all-caps credit or shouted words made of ordinary words', () => {
    const found = find('A crowd gathered in Valparaíso. PHOTO BY STAFF FOR THE DAILY WIRE\nShe wrote "STOP THE MADNESS NOW" on a sign.');
    assert.deepEqual(found.texts(), ['Valparaíso']);
  });

  it('takes an unknown short word in capitals as an acronym, unless the article writes it in lower case', () => {
    const found = find('The plan is new, and the ODRA says the NEW plan fails.');
    assert.deepEqual(found.entities.map((m) => [m.text, m.type]), [['ODRA', 'organization']]);
  });

  it('reads a title-case heading only against lexicons and names the article gives', () => {
    const text = '# Brackenridge Wins Narrow Vote in Caracas After Long Count\nOsric Brackenridge won the vote.';
    const found = findWithHeading(text);
    assert.deepEqual(found.filter((m) => m.start < 60).map((m) => m.text), ['Brackenridge', 'Caracas']);
  });
});

function findWithHeading(text: string) {
  const end = text.indexOf('\n');
  return find(text, [{ kind: 'heading', start: 0, end }]).entities;
}
