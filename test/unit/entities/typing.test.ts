// Person, organisation or place: from lexicons, cue words and the words around a name.
import { strict as assert } from 'node:assert';
import { find } from './helpers';

const typeOf = (text: string, written: string) => find(text).mention(written)?.type;

describe('entity types', () => {
  it('knows countries, cities, US states and regions', () => {
    const found = find('Trade between Honduras and Latin America grew, officials in Rotterdam and Nebraska said, as did the Caribbean.');
    assert.deepEqual(found.entities.map((m) => [m.text, m.type]), [
      ['Honduras', 'place'],
      ['Latin America', 'place'],
      ['Rotterdam', 'place'],
      ['Nebraska', 'place'],
      ['Caribbean', 'place'],
    ]);
  });

  it('types organisations by their cue word', () => {
    const found = find('Staff of the Halvorsen Institute, Quarry Mutual Bank, the Brightwater Gazette and Pellam Corp. agreed.');
    assert.deepEqual(found.entities.map((m) => [m.text, m.type]), [
      ['Halvorsen Institute', 'organization'],
      ['Quarry Mutual Bank', 'organization'],
      ['Brightwater Gazette', 'organization'],
      ['Pellam Corp.', 'organization'],
    ]);
  });

  it('types organisations that start with a head word and "of"', () => {
    assert.equal(typeOf('He studied at the University of Eastmarch for a year.', 'University of Eastmarch'), 'organization');
    assert.equal(typeOf('A loan from the Bank of Ostravia was approved.', 'Bank of Ostravia'), 'organization');
  });

  it('knows well-known acronyms and news agencies', () => {
    const found = find('NATO and the FBI were briefed, Reuters and AFP reported, and the UN stayed silent.');
    assert.deepEqual(found.entities.map((m) => [m.text, m.type]), [
      ['NATO', 'organization'],
      ['FBI', 'organization'],
      ['Reuters', 'organization'],
      ['AFP', 'organization'],
      ['UN', 'organization'],
    ]);
  });

  it('types places by their cue word', () => {
    const found = find('Boats left Corvid Bay for Little Tern Island and sailed up the Amberlin River.');
    assert.deepEqual(found.entities.map((m) => [m.text, m.type]), [
      ['Corvid Bay', 'place'],
      ['Little Tern Island', 'place'],
      ['Amberlin River', 'place'],
    ]);
  });

  it('makes a person of a known first name followed by a surname, in many languages', () => {
    for (const name of ['Joaquín Arrieta', 'Françoise Lemaire', 'Svetlana Orlova', 'Youssef Haddad', 'João Tavares', 'Shinzo Kurata']) {
      assert.equal(typeOf(`Reporters spoke with ${name} on the quay.`, name), 'person', name);
    }
  });

  it('makes a place of a name after "in", "from" or "the town of"', () => {
    assert.equal(typeOf('Volunteers arrived in Zelthorpe before dawn.', 'Zelthorpe'), 'place');
    assert.equal(typeOf('Fighting reached the town of Quennick overnight.', 'Quennick'), 'place');
  });

  it('makes a place of a name written "X-based" and leaves the suffix out', () => {
    const found = find('A Marrowfield-based charity sent aid.');
    assert.deepEqual(found.entities.map((m) => [m.text, m.type]), [['Marrowfield', 'place']]);
  });

  it('makes a person of a speaker: "X said"', () => {
    assert.equal(typeOf('The bridge is unsafe, Quillfeather said on the radio.', 'Quillfeather'), 'person');
  });

  it('makes a person of a lone surname the article gives after a first name', () => {
    const found = find('Critics blame Threlkeld for the delay. The report was written by Marta Threlkeld.');
    assert.equal(found.mention('Threlkeld')?.type, 'person');
    assert.equal(found.entityOf('Threlkeld'), found.entityOf('Marta Threlkeld'));
  });

  it('makes an organisation of a team or firm named after a place', () => {
    assert.equal(typeOf('The trophy went to Dynamo Rotterdam after extra time.', 'Dynamo Rotterdam'), 'organization');
  });

  it('does not take nationality adjectives as entities', () => {
    const found = find('Honduran and Cuban-American groups met Venezuelan exiles in Miami.');
    assert.deepEqual(found.texts(), ['Miami']);
  });

  it('makes a person of a name after a family or role noun, and an organisation after a firm noun', () => {
    assert.equal(typeOf('The minister visited his wife Oriane in hospital.', 'Oriane'), 'person');
    assert.equal(typeOf('Shares of packaging company Velmora rose sharply.', 'Velmora'), 'organization');
    assert.equal(typeOf('The news agency Kestrelpress reported the arrests.', 'Kestrelpress'), 'organization');
  });

  it('makes a place of a direction word before a known place', () => {
    assert.equal(typeOf('Clashes broke out in several parts of East Caracas overnight.', 'East Caracas'), 'place');
  });

  it('makes a person of a first name before a place word that is also a surname', () => {
    assert.equal(typeOf('The winning goal came from Anthony Hill late in the game.', 'Anthony Hill'), 'person');
    assert.equal(typeOf('Ferries cross Corvid Bay every hour.', 'Corvid Bay'), 'place');
  });

  it('makes an organisation of a firm suffix, a club prefix or an ampersand', () => {
    const found = find('Trading in Velmora SpA resumed, FC Quennick signed a striker, and Dalby & Marsh cut jobs.');
    assert.deepEqual(found.entities.map((m) => [m.text, m.type]), [
      ['Velmora SpA', 'organization'],
      ['FC Quennick', 'organization'],
      ['Dalby & Marsh', 'organization'],
    ]);
  });

  it('makes an organisation of a foreign name opening with a body word, particles and all', () => {
    const found = find('Prosecutors linked the Cartel de las Garzas to the Partido Verde Unido.');
    assert.deepEqual(found.entities.map((m) => [m.text, m.type]), [
      ['Cartel de las Garzas', 'organization'],
      ['Partido Verde Unido', 'organization'],
    ]);
  });

  it('reads an organisation name joined by "for", "and" and "in" as one name', () => {
    const found = find('Monitors from the Council for Peace and Reconciliation in Ostravia arrived.');
    assert.deepEqual(found.entities.map((m) => [m.text, m.type]), [['Council for Peace and Reconciliation in Ostravia', 'organization']]);
  });

  it('does not make a person of a run of words that rarely name people', () => {
    const found = find('The Golden Stars beat the Harbour Lions on Sunday.');
    for (const m of found.entities) assert.notEqual(m.type, 'person', m.text);
  });

  it('drops a capitalised word that the article also writes in lower case, or its singular', () => {
    const found = find('Every shirt and stripe was sold. Fans queued for Shirts at the gate, and Stripes too, near Zelthorpe.');
    assert.deepEqual(found.texts(), ['Zelthorpe']);
  });

  it('never takes number words as names', () => {
    assert.deepEqual(find('The tally rose to Six after the Sixth count.').texts(), []);
  });
});
