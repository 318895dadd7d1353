// Titles and roles stand before a name but are never part of it.
import { strict as assert } from 'node:assert';
import { find } from './helpers';

describe('entity names: titles kept out', () => {
  it('strips a one-word title', () => {
    const found = find('The decree was signed by President Aurelio Montfort on the steps.');
    assert.deepEqual(found.texts(), ['Aurelio Montfort']);
    assert.equal(found.mention('Aurelio Montfort')?.type, 'person');
  });

  it('strips "Secretary of State" and other titles with "of"', () => {
    const found = find('Talks were led by Secretary of State Imelda Farrow and by Minister of Foreign Affairs Tobias Renk.');
    assert.deepEqual(found.texts(), ['Imelda Farrow', 'Tobias Renk']);
  });

  it('strips two-word roles and abbreviated titles', () => {
    const found = find('Foreign Minister Lucan Dray met Sen. Petra Vosk, Gov. Ansel Birch and Dr. Wren Halloway.');
    assert.deepEqual(found.texts(), ['Lucan Dray', 'Petra Vosk', 'Ansel Birch', 'Wren Halloway']);
    for (const m of found.entities) assert.equal(m.type, 'person');
  });

  it('strips "acting" and "former" titles, which are written in lower case before the title', () => {
    const found = find('The talks included acting President Orla Quade and former Prime Minister Benedikt Sauer.');
    assert.deepEqual(found.texts(), ['Orla Quade', 'Benedikt Sauer']);
  });

  it('strips hyphenated titles and former roles', () => {
    const found = find('Troops under Major-General Ivo Pertensky met Ex-Minister Dalia Ferrand.');
    assert.deepEqual(found.texts(), ['Ivo Pertensky', 'Dalia Ferrand']);
  });

  it('makes a person of a single surname after a title or a form of address', () => {
    const found = find('Reporters waited for Mr. Quillfeather. Later, Colonel Ashgrove arrived.');
    assert.equal(found.mention('Quillfeather')?.type, 'person');
    assert.equal(found.mention('Ashgrove')?.type, 'person');
  });

  it('keeps the place before a title as its own entity', () => {
    const found = find('The statement came from U.S. President Aurelio Montfort and Venezuelan President Hilda Carvajal.');
    assert.deepEqual(found.entities.map((m) => [m.text, m.type]), [
      ['U.S.', 'place'],
      ['Aurelio Montfort', 'person'],
      ['Hilda Carvajal', 'person'],
    ]);
  });

  it('keeps organisation names that begin with a title word whole', () => {
    const found = find('Reporters asked the State Department, the Justice Department and the Foreign Ministry.');
    assert.deepEqual(found.entities.map((m) => [m.text, m.type]), [
      ['State Department', 'organization'],
      ['Justice Department', 'organization'],
      ['Foreign Ministry', 'organization'],
    ]);
  });

  it('produces nothing from a title with no name after it', () => {
    const found = find('The speech by the Secretary of State was short, and the President did not attend.');
    assert.deepEqual(found.texts(), []);
  });
});
