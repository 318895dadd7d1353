import { strict as assert } from 'node:assert';
import { metadataOf } from '../../server/src/core/metadata';
import { layoutOf } from '../../server/src/core/text/layout';
import type { AnalyzeOptions } from '../../server/src/core/types';

function metadata(text: string, options: AnalyzeOptions = {}) {
  return metadataOf(text, layoutOf(text), options);
}

const withFrontMatter = [
  '---',
  'title: "Harbour bridge to close"',
  'outlet: The Pellham Ledger',
  'date: 2026-02-03T08:00:00Z',
  'author: Ana Ruiz',
  '---',
  '',
  '# A Different Heading',
  '',
  'Published 1 February 2026',
  '',
  'The council voted on Monday.',
].join('\n');

describe('metadataOf', () => {
  it('reads title, outlet, byline and date from front matter first', () => {
    assert.deepEqual(metadata(withFrontMatter), {
      title: 'Harbour bridge to close',
      byline: 'Ana Ruiz',
      outlet: 'The Pellham Ledger',
      host: null,
      siteDomain: null,
      published: '2026-02-03',
      publishedFrom: 'front-matter',
    });
  });

  it('accepts source and publisher as the outlet and published as the date', () => {
    const text = '---\nsource: Coastline Wire\npublished: January 5, 2026\n---\nBody text here.';
    const m = metadata(text);
    assert.equal(m.outlet, 'Coastline Wire');
    assert.equal(m.published, '2026-01-05');
    assert.equal(metadata('---\npublisher: Valley Post\n---\nBody.').outlet, 'Valley Post');
  });

  it('lets the configured date win over front matter and the configured outlet over front matter', () => {
    const m = metadata(withFrontMatter, { published: '2026-03-01', outlet: 'Ledger (configured)', fallbackPublished: '2020-01-01' });
    assert.equal(m.published, '2026-03-01');
    assert.equal(m.publishedFrom, 'config');
    assert.equal(m.outlet, 'Ledger (configured)');
  });

  it('takes the first markdown heading as the title and cleans a markdown byline', () => {
    const text = [
      'EXCLUSIVE **LOCAL**',
      '',
      '# Harbour **Bridge** Will Close',
      '',
      'By [Ana Ruiz](https://ledger.example/a) [Follow](#) in Lima and [Tom Bell](#) [Follow](#) in Quito',
      '',
      'Jan. 21, 2026 9:00 pm ET',
      '',
      'The council voted on Monday.',
    ].join('\n');
    const m = metadata(text);
    assert.equal(m.title, 'Harbour Bridge Will Close');
    assert.equal(m.byline, 'Ana Ruiz in Lima and Tom Bell in Quito');
    assert.equal(m.published, '2026-01-21');
    assert.equal(m.publishedFrom, 'dateline');
  });

  it('reads a plain-text byline', () => {
    assert.equal(metadata('Bridge closes\nBy Ana Ruiz and Tom Bell in Lima\nThe council voted.').byline, 'Ana Ruiz and Tom Bell in Lima');
  });

  it('takes a short first line as the title of a plain-text article', () => {
    const text = 'Council closes harbour bridge, minutes say\n\nThe council voted on Monday to close the bridge.';
    assert.equal(metadata(text).title, 'Council closes harbour bridge, minutes say');
  });

  it('reads datelines in their several forms', () => {
    assert.equal(metadata(' date 2026-01-22 The council voted on Thursday.').published, '2026-01-22');
    assert.equal(metadata('Bridge closes\nPublished 22 January 2026\nThe council voted.').published, '2026-01-22');
    assert.equal(metadata('Bridge closes\nJanuary 22, 2026\nThe council voted.').published, '2026-01-22');
    assert.equal(metadata('Bridge closes\n22 Jan 2026\nThe council voted.').published, '2026-01-22');
  });

  it('prefers the publication dateline over an update line', () => {
    const text = 'Bridge closes\nUpdated 24 January 2026\nPublished 22 January 2026\nThe council voted.';
    assert.equal(metadata(text).published, '2026-01-22');
  });

  it('ignores dates far down in the story and dates inside prose', () => {
    const filler = Array.from({ length: 20 }, (_, i) => `Paragraph ${i + 1} of the story goes on.`).join('\n');
    assert.equal(metadata(`Bridge closes\n${filler}\nJanuary 22, 2026\nMore.`).published, null);
    assert.equal(metadata('The council met on January 22, 2026 to vote.').published, null);
  });

  it('falls back to the caller’s date, then to null', () => {
    assert.deepEqual(
      [metadata('No date here.', { fallbackPublished: '2026-01-30' }).published, metadata('No date here.', { fallbackPublished: '2026-01-30' }).publishedFrom],
      ['2026-01-30', 'fallback'],
    );
    const none = metadata('No date here.');
    assert.equal(none.published, null);
    assert.equal(none.publishedFrom, null);
    assert.equal(metadata('Bridge\nJanuary 22, 2026\nText.', { fallbackPublished: '2026-01-30' }).publishedFrom, 'dateline');
  });

  it('ignores a malformed configured date', () => {
    assert.equal(metadata('No date here.', { published: '22/01/2026', fallbackPublished: '2026-01-30' }).published, '2026-01-30');
  });

  it('does not depend on the process time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = metadata('Bridge\nJan. 1, 2026 11:30 pm ET\nText.').published;
      process.env.TZ = 'Pacific/Pago_Pago';
      const west = metadata('Bridge\nJan. 1, 2026 11:30 pm ET\nText.').published;
      assert.equal(east, '2026-01-01');
      assert.equal(west, '2026-01-01');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
