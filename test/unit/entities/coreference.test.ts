// In-article coreference: short forms, spellings and acronyms tied to the entity they stand for.
import { strict as assert } from 'node:assert';
import { find } from './helpers';

describe('entity coreference within an article', () => {
  it('links a bare surname to the full name introduced earlier', () => {
    const found = find('Ramiro Etxeberría was arrested at dawn. Lawyers for Etxeberría called it illegal.');
    const entity = found.entityOf('Etxeberría');
    assert.equal(entity, found.entityOf('Ramiro Etxeberría'));
    assert.equal(entity?.name, 'Ramiro Etxeberría');
    assert.deepEqual(entity?.aliases, ['Etxeberría']);
    assert.equal(entity?.type, 'person');
  });

  it('links a hyphenated surname to the full name', () => {
    const found = find('Leaders greeted Tomás Arcaya-Bermejo warmly. Later Arcaya-Bermejo spoke.');
    assert.equal(found.entityOf('Arcaya-Bermejo'), found.entityOf('Tomás Arcaya-Bermejo'));
  });

  it('links an unaccented spelling to the accented one and names the entity with the accents', () => {
    const found = find('Critics of Nicolas Ibáñez gathered. Supporters of Nicolás Ibáñez stayed home, and Ibanez said little.');
    const entity = found.entityOf('Nicolas Ibáñez');
    assert.equal(found.entityOf('Nicolás Ibáñez'), entity);
    assert.equal(found.entityOf('Ibanez'), entity);
    assert.equal(entity?.name, 'Nicolás Ibáñez');
    assert.deepEqual([...(entity?.aliases ?? [])].sort(), ['Ibanez', 'Nicolas Ibáñez']);
  });

  it('keeps two people who share a surname apart, and gives a bare surname to the one last mentioned', () => {
    const text = [
      'Teodoro Valdivia founded the party. His brother Anselmo Valdivia ran its newspaper.',
      'Critics say Valdivia censored it for years.',
      'Teodoro Valdivia later resigned, and Valdivia moved abroad.',
    ].join('\n');
    const found = find(text);
    const teodoro = found.entityOf('Teodoro Valdivia');
    const anselmo = found.entityOf('Anselmo Valdivia');
    assert.notEqual(teodoro?.id, anselmo?.id);
    assert.equal(found.entityOf('Valdivia', 0), anselmo);
    assert.equal(found.entityOf('Valdivia', 1), teodoro);
  });

  it('links a surname mentioned before the full name to the full name that follows', () => {
    const found = find('Etxeberría is free. Ramiro Etxeberría left the court at noon.');
    assert.equal(found.entityOf('Etxeberría'), found.entityOf('Ramiro Etxeberría'));
  });

  it('links an acronym given in parentheses to its expansion', () => {
    const found = find('The Harbour Safety Office (HSO) issued a warning. The HSO later withdrew it.');
    const entity = found.entityOf('Harbour Safety Office');
    assert.equal(found.entityOf('HSO', 0), entity);
    assert.equal(found.entityOf('HSO', 1), entity);
    assert.equal(entity?.type, 'organization');
  });

  it('links an acronym whose letters are the initials of a name the article gives', () => {
    const found = find('Inspectors from the Coastal Fisheries Authority arrived. A CFA spokesman declined to comment.');
    assert.equal(found.entityOf('CFA'), found.entityOf('Coastal Fisheries Authority'));
  });

  it('links "The Journal" to the newspaper the article named in full', () => {
    const found = find('The story first ran in The Marlow Street Journal on Friday. Officials told The Journal that no plan exists.');
    const entity = found.entityOf('The Marlow Street Journal');
    assert.equal(found.entityOf('The Journal'), entity);
    assert.equal(entity?.type, 'organization');
    assert.equal(entity?.name, 'The Marlow Street Journal');
  });

  it('does not link a known place to a person who shares its name', () => {
    const found = find('Delegates from Jordan met Harriet Jordan in the lobby.');
    assert.equal(found.mention('Jordan')?.type, 'place');
    assert.notEqual(found.entityOf('Jordan'), found.entityOf('Harriet Jordan'));
  });

  it('gives every mention of the same name one entity', () => {
    const found = find('Veldmark voted no. Officials in Veldmark were surprised, and Veldmark will vote again.');
    const ids = new Set(found.entities.filter((m) => m.text === 'Veldmark').map((m) => m.entity));
    assert.equal(ids.size, 1);
    assert.equal(found.entityList.length, 1);
  });
});
