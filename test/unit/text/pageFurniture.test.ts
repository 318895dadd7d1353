import { strict as assert } from 'node:assert';
import { layoutOf } from '../../../server/src/core/text/layout';
import { furnitureKind } from '../../../server/src/core/text/pageFurniture';

function kindsOf(text: string, kind: string): string[] {
  return layoutOf(text)
    .regions.filter((r) => r.kind === kind)
    .map((r) => text.slice(r.start, r.end));
}

/** Each line, standing alone, is read as `kind` (null: a line of the story). */
function expectKind(kind: string | null, lines: string[]): void {
  for (const line of lines) assert.equal(furnitureKind(line, true), kind, line);
}

describe('page furniture', () => {
  it('marks media-player, gallery and widget notices as boilerplate, whatever the site calls them', () => {
    expectKind('boilerplate', [
      'Media playback is not supported on this device',
      'Sorry, your browser does not support this video',
      'Enlarge this image toggle caption Rosa Lind/Wire Rosa Lind/Wire',
      'Photos: The harbour at dawn Hide Caption 3 of 9',
      'Advertisement Continue reading the main story',
      'Scroll down for video',
    ]);
  });

  it('marks teasers, link lists, menus and tip lines as boilerplate', () => {
    expectKind('boilerplate', [
      'READ MORE: Ferry operator fined over late sailings',
      'Related: How the harbour wall was built',
      'More: Council names new harbour master',
      'Information from: The Valley Courier, http://valleycourier.example',
      'Harbour master resigns after storm Read more',
      'Order Reprints | Print Edition | Subscribe',
      'Got a story for our news desk? Email us at desk@valleycourier.example',
    ]);
  });

  it('marks photo credits, positions in a photo and unfinished caption lines as captions', () => {
    expectKind('caption', [
      'Rescuers carry a child ashore at Skerrow. (Ana Ruiz/Wire Images)',
      'The ferry Morwen at her berth ©Tom Bell (Coastline/File)',
      'The mayor (left) with the harbour master at the quay.',
      'Keepers (second right) watch the storm roll in.',
      'Crowds gather on the quay as the storm clears over the harbour',
      'The harbour wall gave way. Pictured: the breach seen from the lighthouse',
    ]);
  });

  it('leaves sentences of the story alone, traps included', () => {
    expectKind(null, [
      'The storm killed 14 fishermen off Skerrow on Sunday.',
      '“The wall was never repaired.” ― Noor Haddad',
      'The council voted (by nine to two) to rebuild the wall.',
      'Residents said the ferry was late again, and the harbour master agreed',
      'More than 200 people signed the petition.',
    ]);
  });

  it('does not call a hard-wrapped line of prose, or the headline, a caption', () => {
    const text = [
      'Storm breaches the harbour wall at Skerrow',
      '',
      'The storm that hit Skerrow on Sunday broke through the harbour wall',
      'and flooded the lower town, the council said.',
      '',
      'Crowds gather on the quay at first light as the storm clears over the harbour',
      '',
      'Repairs will start next week.',
    ].join('\n');
    assert.deepEqual(kindsOf(text, 'caption'), ['Crowds gather on the quay at first light as the storm clears over the harbour']);
  });
});
