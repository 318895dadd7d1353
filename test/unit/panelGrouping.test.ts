// How the side panel sorts an article's matches into sections and labels them.
import * as assert from 'node:assert/strict';
import { groupMatches, matchLabel, membersInPanelOrder } from '../../client/src/panelGrouping';
import type { PanelMatch } from '../../server/src/protocol';
import type { MatchKind, MatchStatus } from '../../server/src/corpus/types';

function member(path: string, text: string, self: boolean, line = 0): PanelMatch['members'][number] {
  return {
    uri: `file:///news/${path}`,
    path,
    text,
    self,
    range: { start: { line, character: 0 }, end: { line, character: text.length } },
  };
}

function match(id: string, kind: MatchKind, status: MatchStatus, note = ''): PanelMatch {
  return {
    id,
    kind,
    status,
    note,
    origins: 2,
    story: 'harbour-strike',
    members: [member('tidewater-post.md', 'the other wording', false, 7), member('harbour-wire.txt', 'our wording', true, 3)],
  };
}

describe('side panel grouping', () => {
  const matches = [
    match('a', 'quote', 'agrees'),
    match('b', 'number', 'conflict', 'figures differ: 40 vs 46 ships'),
    match('c', 'quote', 'conflict'),
    match('d', 'claim', 'uncorroborated'),
  ];

  it('groups by status, most actionable first, leaving out empty sections', () => {
    const sections = groupMatches(matches, 'status');
    assert.deepEqual(
      sections.map((section) => [section.label, section.matches.map((m) => m.id)]),
      [
        ['Conflicts', ['b', 'c']],
        ['Uncorroborated', ['d']],
        ['Agreements', ['a']],
      ],
    );
  });

  it('groups by kind', () => {
    const sections = groupMatches(matches, 'kind');
    assert.deepEqual(
      sections.map((section) => [section.id, section.matches.map((m) => m.id)]),
      [
        ['kind:quote', ['a', 'c']],
        ['kind:number', ['b']],
        ['kind:claim', ['d']],
      ],
    );
  });

  it('shows nothing for an article without matches', () => {
    assert.deepEqual(groupMatches([], 'status'), []);
  });

  it('labels a match by its note, else by this article’s words', () => {
    assert.equal(matchLabel(matches[1]), 'figures differ: 40 vs 46 ships');
    assert.equal(matchLabel(matches[0]), 'our wording');
  });

  it('lists this article’s member before the other sources', () => {
    assert.deepEqual(
      membersInPanelOrder(matches[0]).map((m) => m.path),
      ['harbour-wire.txt', 'tidewater-post.md'],
    );
  });
});
