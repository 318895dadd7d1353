// Clusters kept up to date edit by edit must be exactly the clusters of the same articles clustered
// from scratch: same members, usual names, types, spellings and ids, through adds and removals that
// join and split clusters along every kind of link (surnames, near-misspelt surnames, names inside
// longer ones, short forms and acronyms, aliases, one name typed two ways, ids two clusters share).
import * as assert from 'node:assert/strict';
import type { ArticleFacts, EntityType } from '../../../server/src/core/types';
import { ClusterIndex } from '../../../server/src/corpus/clusterIndex';
import { articleNames, NameTable } from '../../../server/src/corpus/clusters';
import { defaultConfig } from '../../../server/src/corpus/config';
import { NameKeys } from '../../../server/src/corpus/nameKeys';
import { randomSequence } from '../../../bench/sampling';

const NAMES: [string, EntityType, string[]][] = [
  ['Marta Quell', 'person', []],
  ['Márta Quell', 'person', []],
  ['Marta Quel', 'person', []],
  ['Marta-Quell', 'person', []],
  ['Englishwoman Marta Quell', 'person', []],
  ['Marta Quell To Host', 'person', []],
  ['de Marta Quell', 'person', []],
  ['Marta J. Quell', 'person', []],
  ['M. Quell', 'person', []],
  ['Tomas Quell', 'person', []],
  ['Quell', 'person', []],
  ['Quell', 'organization', []],
  ['Lina Varga', 'person', []],
  ['Lina Varga', 'organization', []],
  ['Varga', 'person', []],
  ['Bank of Ostrava', 'organization', []],
  ['Bank', 'organization', []],
  ['BO', 'organization', []],
  ['Ostrava', 'place', []],
  ['Ostrava Herald', 'organization', ['The Herald', 'OH', 'Harbour Paper']],
  ['Ostrava Herald', 'organization', []],
  ['Harbour Paper', 'organization', []],
  ['Herald', 'organization', []],
  ['Pieter van Dorn', 'person', []],
  ['Anna Maria van Dorn', 'person', []],
  ['van Dorn', 'person', []],
  ['Dorn', 'person', []],
];

/** An article naming `picks` from NAMES, each used once or twice. */
function factsNaming(picks: number[], random: () => number): ArticleFacts {
  const entityList = picks.map((n, id) => ({ id, name: NAMES[n]![0], type: NAMES[n]![1], aliases: NAMES[n]![2] }));
  const entities = entityList.flatMap((e) => Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({ entity: e.id, type: e.type })));
  return { entityList, entities } as unknown as ArticleFacts;
}

function described(index: ClusterIndex, key: string): string {
  const c = index.clusterOf(key);
  return c ? JSON.stringify([c.id, c.name, c.type, c.aliases, c.keys]) : 'none';
}

describe('corpus: clusters kept up to date', () => {
  for (const notSame of [[], [['Marta Quell', 'Marta Quel']]] as [string, string][][]) {
    it(`equal clusters rebuilt from scratch through hundreds of edits${notSame.length ? ', with names the user separated' : ''}`, () => {
      const keys = new NameKeys({ ...defaultConfig(), notSame });
      const random = randomSequence(7);
      const table = new NameTable();
      const index = new ClusterIndex(table, keys);
      const articles = new Map<string, ArticleFacts>();
      let compared = 0;
      for (let round = 0; round < 400; round++) {
        const path = `article-${Math.floor(random() * 12)}.txt`;
        const previous = articles.get(path);
        if (previous) {
          table.add(path, previous, articleNames(previous, keys), -1);
          articles.delete(path);
        }
        if (random() < 0.6) {
          const picks = [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => Math.floor(random() * NAMES.length)))];
          const facts = factsNaming(picks, random);
          table.add(path, facts, articleNames(facts, keys), 1);
          articles.set(path, facts);
        }
        // Asking now and then, as hovers and findings do, so several edits are applied at once;
        // once, the links are made ahead of the edits, as an idle editor has them made.
        if (random() < 0.5) index.clusterOf('person|marta quell');
        if (round === 150) index.prepareEdits();
        if (round % 10 !== 0) continue;
        const fresh = new NameTable();
        for (const [p, facts] of articles) fresh.add(p, facts, articleNames(facts, keys), 1);
        const rebuilt = new ClusterIndex(fresh, keys);
        for (const key of fresh.stats.keys()) {
          assert.equal(described(index, key), described(rebuilt, key), `${key} after ${round} edits`);
          compared++;
        }
        assert.deepEqual([...table.stats.keys()].sort(), [...fresh.stats.keys()].sort());
      }
      assert.ok(compared > 300, `only ${compared} comparisons`);
    });
  }

  it('joins a bare surname to its one full name, and re-splits it when a namesake arrives', () => {
    const keys = new NameKeys(defaultConfig());
    const table = new NameTable();
    const index = new ClusterIndex(table, keys);
    const add = (path: string, name: string) => {
      const facts = factsNaming([NAMES.findIndex(([n, type]) => n === name && type === 'person')], () => 0);
      table.add(path, facts, articleNames(facts, keys), 1);
    };
    add('a.txt', 'Marta Quell');
    add('b.txt', 'Quell');
    assert.equal(index.clusterOf('person|quell')?.id, index.clusterOf('person|marta quell')?.id);
    add('c.txt', 'Tomas Quell');
    assert.notEqual(index.clusterOf('person|quell')?.id, index.clusterOf('person|marta quell')?.id);
    assert.notEqual(index.clusterOf('person|tomas quell')?.id, index.clusterOf('person|marta quell')?.id);
  });
});
