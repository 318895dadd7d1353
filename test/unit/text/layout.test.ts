import { strict as assert } from 'node:assert';
import { layoutOf } from '../../../server/src/core/text/layout';
import type { Layout, RegionKind } from '../../../server/src/core/types';

function regionTexts(text: string, layout: Layout, kind: RegionKind): string[] {
  return layout.regions.filter((r) => r.kind === kind).map((r) => text.slice(r.start, r.end));
}

function sentenceTexts(text: string, layout: Layout): string[] {
  return layout.sentences.map((s) => text.slice(s.start, s.end));
}

const markdownArticle = [
  '---',
  'title: Harbour bridge to close',
  'outlet: The Pellham Ledger',
  '---',
  '',
  'EXCLUSIVE **LOCAL**',
  '',
  '# Harbour Bridge Will Close for the Winter',
  '',
  'By [Ana Ruiz](https://ledger.example/ana) [Follow](#) and Tom Bell in Lima',
  '',
  'Jan. 21, 2026 9:00 pm ET',
  '',
  'The council voted to close the bridge, [the minutes show](https://ledger.example/minutes). Work starts soon.',
  '',
  'Advertisement',
  '',
  'Cranes stand by the harbour bridge on Tuesday. PAULA REYES/COASTLINE WIRE',
  '',
  'Pictured: the bridge at dusk',
  '',
  'Engineers were cautious (Photo: Lena Dahl/Ledger) about the date.',
  '',
  'Share this article',
  '',
  'Comments you share on our site are moderated.',
  '',
  'Write to Ana Ruiz at ana.ruiz@ledger.example',
].join('\n');

describe('layoutOf', () => {
  const layout = layoutOf(markdownArticle);

  it('finds front matter, headings, byline and dateline', () => {
    assert.deepEqual(regionTexts(markdownArticle, layout, 'front-matter'), ['---\ntitle: Harbour bridge to close\noutlet: The Pellham Ledger\n---']);
    assert.deepEqual(regionTexts(markdownArticle, layout, 'heading'), ['EXCLUSIVE **LOCAL**', '# Harbour Bridge Will Close for the Winter']);
    assert.deepEqual(regionTexts(markdownArticle, layout, 'byline'), ['By [Ana Ruiz](https://ledger.example/ana) [Follow](#) and Tom Bell in Lima']);
    assert.deepEqual(regionTexts(markdownArticle, layout, 'dateline'), ['Jan. 21, 2026 9:00 pm ET']);
  });

  it('marks link URLs but not link text, and follow buttons as boilerplate', () => {
    assert.deepEqual(regionTexts(markdownArticle, layout, 'link-url'), ['(https://ledger.example/ana)', '(https://ledger.example/minutes)']);
    assert.ok(regionTexts(markdownArticle, layout, 'boilerplate').includes('[Follow](#)'));
  });

  it('marks captions, credits and boilerplate', () => {
    assert.deepEqual(regionTexts(markdownArticle, layout, 'caption'), [
      'Cranes stand by the harbour bridge on Tuesday. PAULA REYES/COASTLINE WIRE',
      'Pictured: the bridge at dusk',
      '(Photo: Lena Dahl/Ledger)',
    ]);
    const boilerplate = regionTexts(markdownArticle, layout, 'boilerplate');
    for (const line of ['Advertisement', 'Share this article', 'Comments you share on our site are moderated.', 'Write to Ana Ruiz at ana.ruiz@ledger.example']) {
      assert.ok(boilerplate.includes(line), line);
    }
  });

  it('lays sentences over prose, headings and captions but not over bylines, datelines or boilerplate', () => {
    const sentences = sentenceTexts(markdownArticle, layout);
    assert.ok(sentences.includes('The council voted to close the bridge, [the minutes show](https://ledger.example/minutes).'));
    assert.ok(sentences.includes('Work starts soon.'));
    assert.ok(sentences.includes('# Harbour Bridge Will Close for the Winter'));
    assert.ok(!sentences.some((s) => s.includes('Ana Ruiz') || s.includes('Jan. 21') || s.includes('Advertisement') || s.includes('title:')));
  });

  it('keeps every sentence inside its paragraph', () => {
    for (const s of layout.sentences) {
      const p = layout.paragraphs[s.paragraph];
      assert.ok(p.start <= s.start && s.end <= p.end);
    }
  });

  it('marks only the date part of a dateline followed by body text', () => {
    const text = ' date 2026-01-22 The harbour council met on Thursday. It voted.';
    const l = layoutOf(text);
    assert.deepEqual(regionTexts(text, l, 'dateline'), ['date 2026-01-22']);
    assert.deepEqual(sentenceTexts(text, l), ['The harbour council met on Thursday.', 'It voted.']);
  });

  it('reads "Published" and "Updated" datelines with day-first dates and weekdays', () => {
    const text = 'Bridge closes\nPublished 22 January 2026\nUpdated: Friday, 23 Jan 2026, 10:15 GMT\nThe council voted.';
    assert.deepEqual(regionTexts(text, layoutOf(text), 'dateline'), ['Published 22 January 2026', 'Updated: Friday, 23 Jan 2026, 10:15 GMT']);
  });

  it('takes a short first line as a heading, and short unpunctuated lines between paragraphs as subheadings', () => {
    const text =
      'Council closes harbour bridge, minutes say\n\n' +
      'The council voted on Monday to close the harbour bridge for repairs lasting most of the coming winter season.\n' +
      'Repairs shape the budget\n' +
      'Engineers said the cables had corroded faster than expected after two wet summers and heavy lorry traffic.';
    assert.deepEqual(regionTexts(text, layoutOf(text), 'heading'), ['Council closes harbour bridge, minutes say', 'Repairs shape the budget']);
  });

  it('does not take the lines of hard-wrapped prose for headings', () => {
    const text = 'Council closes harbour bridge\n\nThe council voted on Monday to close the\nHarbour Bridge for the winter while\nengineers replace the cables.\n\nMore follows.';
    assert.deepEqual(regionTexts(text, layoutOf(text), 'heading'), ['Council closes harbour bridge']);
  });

  it('reads a plain byline but not a sentence that opens with "By"', () => {
    const text = 'Bridge closes\n\nBy Ana Ruiz and Tom Bell in Lima\n\nBy Monday, the council had voted.\n\nBy Tuesday the crews were gone';
    assert.deepEqual(regionTexts(text, layoutOf(text), 'byline'), ['By Ana Ruiz and Tom Bell in Lima']);
  });

  it('marks sign-up prompts as boilerplate', () => {
    const text = 'The council voted.\nSign up for our morning briefing\nIt rained.';
    assert.deepEqual(regionTexts(text, layoutOf(text), 'boilerplate'), ['Sign up for our morning briefing']);
  });

  it('does not take an ordinary first sentence for a heading', () => {
    const text = 'The council voted on Monday to close the bridge.\nEngineers agreed.';
    assert.deepEqual(regionTexts(text, layoutOf(text), 'heading'), []);
  });

  it('keeps parentheses inside a link URL in the URL', () => {
    const text = 'See [the river](https://wiki.example/Tavera_(river)) for more.';
    assert.deepEqual(regionTexts(text, layoutOf(text), 'link-url'), ['(https://wiki.example/Tavera_(river))']);
  });

  it('marks bare URLs', () => {
    const text = 'Details are at https://council.example/bridge. The vote was close.';
    assert.deepEqual(regionTexts(text, layoutOf(text), 'link-url'), ['https://council.example/bridge']);
  });

  it('handles empty text and text without line breaks', () => {
    assert.deepEqual(layoutOf(''), { paragraphs: [], sentences: [], regions: [] });
    const one = layoutOf('Just one line of prose here.');
    assert.equal(one.paragraphs.length, 1);
    assert.equal(one.sentences.length, 1);
  });
});
