// What every result must satisfy, whatever the text: exact slices, order, no overlaps, skipped regions.
import { strict as assert } from 'node:assert';
import { findEntities } from '../../../server/src/core/entities';
import { find, layoutFor } from './helpers';

const ARTICLE = [
  '---',
  'title: Harbour Strike',
  'author: Imelda Farrow',
  '---',
  '# Dockers Strike in Zelthorpe and Valparaíso',
  'By [Osric Brackenridge](https://example.org/staff/Hannelore-Quist) in Rotterdam',
  'ZELTHORPE (Coastline News) — Dockers led by Marta Threlkeld walked out on Tuesday in Zelthorpe, Threlkeld said.',
  'Photo: Marta Threlkeld at the gate. ANSEL BIRCH/COASTLINE NEWS',
  'Advertisement: Subscribe to Pellam Daily for offers from Quarry Mutual Bank',
  '“We will not go back,” said Threlkeld’s deputy, Tobias Renk.',
].join('\n');

function regionsOf(text: string) {
  const line = (n: number) => {
    const lines = text.split('\n');
    const start = lines.slice(0, n).reduce((sum, l) => sum + l.length + 1, 0);
    return { start, end: start + lines[n].length };
  };
  const url = text.indexOf('(https://');
  return [
    { kind: 'front-matter' as const, start: 0, end: line(3).end },
    { kind: 'heading' as const, ...line(4) },
    { kind: 'byline' as const, ...line(5) },
    { kind: 'link-url' as const, start: url, end: text.indexOf(')', url) + 1 },
    { kind: 'caption' as const, ...line(7) },
    { kind: 'boilerplate' as const, ...line(8) },
  ];
}

describe('entity mentions: invariants', () => {
  const regions = regionsOf(ARTICLE);
  const layout = layoutFor(ARTICLE, regions);
  const result = findEntities(ARTICLE, layout);

  it('gives mentions whose text is exactly the slice of the article, never empty or padded', () => {
    assert.ok(result.entities.length > 5);
    for (const m of result.entities) {
      assert.equal(m.text, ARTICLE.slice(m.start, m.end));
      assert.ok(m.text.trim().length > 0);
      assert.equal(m.text, m.text.trim());
      assert.ok(!/[.,;:’'"*]$/.test(m.text) || m.text.endsWith('.'), m.text);
    }
  });

  it('sorts mentions by start and never overlaps them', () => {
    for (let i = 1; i < result.entities.length; i++) assert.ok(result.entities[i].start >= result.entities[i - 1].end);
  });

  it('points every mention at an entity of the same type, and lists entities by id', () => {
    result.entityList.forEach((e, i) => assert.equal(e.id, i));
    for (const m of result.entities) assert.equal(result.entityList[m.entity].type, m.type);
  });

  it('skips link URLs, front matter and boilerplate but reads headings, bylines and captions', () => {
    const texts = result.entities.map((m) => m.text);
    for (const skipped of ['Imelda Farrow', 'Hannelore-Quist', 'Pellam Daily', 'Quarry Mutual Bank']) {
      assert.ok(!texts.some((t) => t.includes(skipped)), skipped);
    }
    assert.ok(texts.includes('Valparaíso'), 'heading');
    assert.ok(texts.includes('Zelthorpe'), 'heading');
    assert.ok(texts.includes('Osric Brackenridge'), 'byline');
    assert.ok(result.entities.some((m) => m.text === 'Marta Threlkeld' && m.start > ARTICLE.indexOf('Photo:')), 'caption');
  });

  it('ties the dateline, the possessive and the caption to the same people and places', () => {
    const threlkeld = result.entities.filter((m) => m.text.startsWith('Threlkeld') || m.text === 'Marta Threlkeld');
    assert.equal(new Set(threlkeld.map((m) => m.entity)).size, 1);
    assert.ok(threlkeld.length >= 4);
    const zelthorpe = result.entities.filter((m) => m.text.toLowerCase() === 'zelthorpe');
    assert.equal(zelthorpe.length, 3);
    assert.equal(new Set(zelthorpe.map((m) => m.entity)).size, 1);
    assert.equal(result.entityList[zelthorpe[0].entity].type, 'place');
  });

  it('counts offsets in UTF-16 code units past emoji, accents and CRLF line ends', () => {
    const text = 'Fans \u{1F389} cheered Ana Peñalver.\r\nLater, Peñalver thanked Zelthorpe \u{1F44F} residents in Zelthorpe.';
    const found = find(text);
    assert.deepEqual(found.texts(), ['Ana Peñalver', 'Peñalver', 'Zelthorpe', 'Zelthorpe']);
    for (const m of found.entities) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('finds nothing in empty, blank or name-free text', () => {
    for (const text of ['', '   \n\n  ', 'it was late and everyone went home.']) {
      assert.deepEqual(find(text).entities, []);
    }
  });

  it('survives text with long runs of capitals, quotes and abbreviations', () => {
    const hostile = `${'Aa '.repeat(2000)}\n${'"'.repeat(3000)}\n${'U.S. '.repeat(1000)}\n${'Smith, '.repeat(2000)}`;
    const found = find(hostile);
    for (const m of found.entities) assert.equal(m.text, hostile.slice(m.start, m.end));
  });
});
