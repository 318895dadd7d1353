// The entity pass on a whole invented article laid out by the real layout: headings, bylines with
// links, captions with credits, boilerplate.
import { strict as assert } from 'node:assert';
import { findEntities } from '../../../server/src/core/entities';
import { layoutOf } from '../../../server/src/core/text/layout';

const ARTICLE = `EXCLUSIVE **HARBOURS**

# Ostravia Moves to Replace Port Chief Before Year End

By [Ilse Marchetti](https://example.org/authors/ilse) in Rotterdam

Emboldened by the arrest of Harbour Master Teodoro Valdivia, the Ostravian government is looking for insiders who could take over the port, people familiar with the matter said.

Valdivia's deputy, Anselmo Valdivia, said the Coastal Fisheries Authority (CFA) had not been consulted. The CFA declined to comment, and Foreign Minister Lucan Dray was travelling in Honduras.

Dockers wave flags outside the port office in Zelthorpe. ANSEL BIRCH/COASTLINE NEWS

"We will not go back," said Valdivia, who spoke to The Marlow Street Journal. Officials told The Journal that Teodoro Valdivia remains in custody.
`;

describe('entity pass on a laid-out article', () => {
  const { entityList, entities } = findEntities(ARTICLE, layoutOf(ARTICLE));
  const entity = (name: string) => entityList.find((e) => e.name === name);
  const mentionsOf = (name: string) => entities.filter((m) => m.entity === entity(name)?.id).map((m) => m.text);

  it('keeps every mention an exact slice of the article', () => {
    for (const m of entities) assert.equal(m.text, ARTICLE.slice(m.start, m.end));
  });

  it('finds the people, organisations and places, titles left out', () => {
    assert.equal(entity('Teodoro Valdivia')?.type, 'person');
    assert.equal(entity('Anselmo Valdivia')?.type, 'person');
    assert.equal(entity('Lucan Dray')?.type, 'person');
    assert.equal(entity('Ilse Marchetti')?.type, 'person');
    assert.equal(entity('Coastal Fisheries Authority')?.type, 'organization');
    assert.equal(entity('The Marlow Street Journal')?.type, 'organization');
    assert.equal(entity('Honduras')?.type, 'place');
    assert.equal(entity('Rotterdam')?.type, 'place');
    assert.ok(!entities.some((m) => /Master|Minister|BIRCH|HARBOURS|https/.test(m.text)));
  });

  it('ties short forms, acronyms and the headline to the right entity', () => {
    assert.deepEqual(mentionsOf('Coastal Fisheries Authority'), ['Coastal Fisheries Authority', 'CFA', 'CFA']);
    assert.deepEqual(mentionsOf('The Marlow Street Journal'), ['The Marlow Street Journal', 'The Journal']);
    // "Valdivia's deputy" follows Teodoro; the quote after Anselmo is named goes to Anselmo.
    assert.deepEqual(mentionsOf('Teodoro Valdivia'), ['Teodoro Valdivia', 'Valdivia', 'Teodoro Valdivia']);
    assert.deepEqual(mentionsOf('Anselmo Valdivia'), ['Anselmo Valdivia', 'Valdivia']);
  });
});
