// Generators of article-like text for the property suite and the longer fuzz run (bench/fuzz.ts):
// prose pieces mixed with what pasted pages, wire feeds and PDFs turned into text bring along. Every
// name, outlet and phrase here is invented for these tests.
import fc from 'fast-check';

const WORDS = [
  'the', 'a', 'of', 'and', 'that', 'in', 'was', 'were', 'is', 'to', 'on', 'by', 'at', 'with', 'for', 'it', 'he', 'she',
  'ferry', 'harbour', 'council', 'report', 'residents', 'people', 'boats', 'died', 'sank', 'fire', 'levee', 'mayor',
  'officials', 'police', 'minister', 'spokeswoman', 'percent', 'million', 'dozen', 'about', 'nearly', 'around',
  'last', 'next', 'week', 'year', 'Tuesday', 'Monday', 'morning', 'spring', 'winter', 'quarter', 'decade', 'ago',
  'also', 'still', 'however', 'because', 'which', 'who', 'not', "it's", "don't", "we're", "O'Brien", 'well-known',
  'U.S.', 'Dr.', 'Mt.', 'St.', 'Inc.', 'e.g.', 'i.e.', 'vs.', 'No.', 'Jr.',
];

/** Keys that an object literal inherits: text must never find them in a lookup table. */
const OBJECT_KEYS = [
  'constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf', 'prototype', 'isPrototypeOf',
  'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__', 'length', 'name',
];

const NAMES = [
  'Ilse Marrow', 'Port Ellery', 'Tomas Okafor-Reyes', 'Ana Ruiz', 'the Valley Courier', 'Harbour Authority',
  'Jean-Luc Dufresne', 'María Ibáñez', 'Dmitri Volkov', 'Sister Agnes', 'the Ellery County Council', 'Kōbe',
  'Nguyễn Văn An', 'Ferry Workers Union', 'Mt Kessel', 'Saint-Marc', "O'Hare", 'McAllister', 'van der Berg',
];

const ATTRIBUTION = [
  'said', 'says', 'say', 'told reporters', 'reportedly', 'allegedly', 'according to', 'according', 'to', 'also said',
  'as stated by', 'reported by', 'officials say', 'the report said', 'it added', 'she said.', 'he told', 'tedly said',
  'strongly suggest', 'estimate', 'wrote', 'said on Tuesday', 'according to a report in', 'a spokeswoman for',
  'in a statement', 'confirmed', 'denied', 'said,', ', said', 'who said', 'X said', 'said X',
];

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』', '″', '`', '´', '""', "''", '“”'];

const MARKDOWN = [
  '# ', '## ', '### ', '**', '*', '_', '__', '> ', '- ', '* ', '+ ', '1. ', '2) ', '```\n', '`', '---\n', '***\n',
  '| a | b |\n', '[the report](https://example.org/report)', '![photo](img.png)', '<br>', '<!-- note -->', '\\',
  '---\ntitle: Ferry sinks\npublished: 2026-02-31\n---\n', '---\ntitle: \n---\n', 'By Ilse Marrow\n', 'PORT ELLERY — ',
  'Photo: Ana Ruiz / Valley Courier\n', 'Advertisement\n', 'Read more:', 'Updated ', 'Published ',
];

/** Addresses and sign-offs, whose host names the outlet: hosts made of inherited keys among them. */
const WEB = [
  'https://constructor.com/2026/ferry', 'www.__proto__.org', 'toString.co.uk', 'hasOwnProperty.news', 'http://valueOf',
  'Source: valley-courier.example', '© 2026 Valley Courier', 'valleycourier.com', 'https://', 'mailto:desk@courier.example',
  '(c) constructor.com', 'Copyright 2026 toString Media', 'apnews.com', 'edition.cnn.com', 'x.y.z.com.au',
];

const BULLETS = ['• ', '◦ ', '▪ ', '– ', '— ', '- ', '· ', '‣ ', '○ '];

const NUMBERS = [
  '40', '1,200', '3.5', '0', '-7', '40%', '12 percent', '$3 million', '€9', '£2.5bn', '1.2.3', '½', '²', '١٢', '٣٤٥',
  '2026', '1959', '19,000,000,000,000,000,000', '1e9', '007', '3-4', '10–12', 'two dozen', 'about 40', '#12', '4:30',
  '9:00 pm ET', 'No. 3', '94-year-old', 'a 70-year history', 'nearly 70 years', '65,', '1.5 million', '∞', 'NaN',
];

const DATES = [
  'Feb. 31', 'February 31, 2026', '2026-02-31', '2026-13-45', 'Jan 1 2026', '31/02/2026', 'last Tuesday', 'Sept. 3',
  'Sept. 3 2026', '22 Jan 2026', 'Jan. 21, 2026', 'date constructor 3, 2026', 'constructor 3, 2026', 'May 2026',
  'last spring', 'next winter', 'the first quarter', 'Q3 2026', 'in the 1960s', 'the 90s', 'yesterday', 'on Monday',
  'T09:00:00Z', '2026-01-22T09:00:00+01:00', '0000-00-00', '9999-12-31', 'Dec. 32', 'three weeks ago', 'this week',
];

const BRACKETS = ['(', ')', '[', ']', '{', '}', '((', '))', '([{', '}])', '(R-IN)', '[1]', '(see below)', '⟨', '⟩', '【', '】'];

const BREAKS = [' ', ' ', ' ', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\t', '\u00a0', '\u2028', '\u2029', '\u000b', '\f', '  '];

const PUNCTUATION = ['. ', '.', '! ', '? ', ', ', ',', '; ', ': ', '...', '…', '—', '-', '/', '&', '%', '§', '¶', '?!'];

/** Scripts, marks and invisible characters: astral letters, combining marks, RTL text and controls, zero-width. */
const UNICODE = [
  '😀', '👩‍👩‍👧', '🇫🇷', '𝐀𝐁𝐂', '𠜎', 'e\u0301', '\u0301', 'a\u0308\u0323', 'Ω', 'ß', 'İ', 'ǅ', 'ﬁ',
  'مرحبا', 'שלום', 'قال', '\u202e', '\u202d', '\u200f', '\u200e', '\u2066', '\u2069', '\u061c',
  '\u200b', '\u200c', '\u200d', '\ufeff', '\u2060', '\u00ad', '\ud800', '\udc00', '\u0000', '\u0007', '\u001b',
  '中文', '日本語', 'ひらがな', '한국어', 'Ελληνικά', 'кириллица', 'हिन्दी', 'ไทย',
];

const piece = (list: readonly string[]) => fc.constantFrom(...list);

/** A capitalised or all-caps form of a word: names and headings in wire copy. */
const casedWord = piece(WORDS).chain((w) => fc.constantFrom(w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()));

/** One piece of an article. */
export const articlePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: casedWord },
  { weight: 4, arbitrary: piece(NAMES) },
  { weight: 3, arbitrary: piece(OBJECT_KEYS) },
  { weight: 5, arbitrary: piece(ATTRIBUTION) },
  { weight: 5, arbitrary: piece(QUOTE_MARKS) },
  { weight: 2, arbitrary: piece(MARKDOWN) },
  { weight: 1, arbitrary: piece(BULLETS) },
  { weight: 1, arbitrary: piece(WEB) },
  { weight: 3, arbitrary: piece(NUMBERS) },
  { weight: 1, arbitrary: fc.integer({ min: -100000, max: 10000000 }).map(String) },
  { weight: 3, arbitrary: piece(DATES) },
  { weight: 2, arbitrary: piece(BRACKETS) },
  { weight: 14, arbitrary: piece(BREAKS) },
  { weight: 6, arbitrary: piece(PUNCTUATION) },
  { weight: 2, arbitrary: piece(UNICODE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.tuple(piece(OBJECT_KEYS), piece(["'", '’', '-', '.', ' ', "'s "])).map(([k, sep]) => `it${sep}${k}`) },
);

/** A sentence of prose around a quotation, so quotes, speakers and claims get exercised, not just tokens. */
const quotedSentence: fc.Arbitrary<string> = fc
  .tuple(piece(QUOTE_MARKS), fc.array(articlePiece, { maxLength: 8 }), piece(QUOTE_MARKS), piece(ATTRIBUTION), piece(NAMES))
  .map(([open, inside, close, cue, name]) => `${open}${inside.join(' ')}${close} ${cue} ${name}. `);

/** An article: pieces joined by spaces or nothing, sometimes whole quoted sentences. */
export const articleText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: articlePiece }, { weight: 1, arbitrary: quotedSentence }), { maxLength: 60 })
  .chain((pieces) => fc.array(fc.constantFrom(' ', '', ' ', '\n'), { minLength: pieces.length, maxLength: pieces.length }).map((gaps) => pieces.map((p, i) => p + gaps[i]).join('')));

/** A whole invented article with the parts real ones have: front matter, headline, byline, dateline,
 *  quotes with speakers, figures, dates, attributions, a caption and a link. */
const TEMPLATE = [
  '---',
  'title: "Fire on the Skerrow ferry: 212 passengers evacuated"',
  'published: 2026-03-03',
  '---',
  '# Fire on the Skerrow ferry',
  '',
  'By Ana Ruiz, Valley Courier',
  '',
  'PORT ELLERY, March 3 (Valley Courier) — A fire broke out on the Skerrow ferry on Tuesday, the harbour master, Ilse Marrow, said. About 212 passengers were aboard, according to the Harbour Authority.',
  '',
  '"We got everyone off the boat in nine minutes," Marrow told reporters. "Nobody was hurt."',
  '',
  'Repairs will cost $4 million, officials estimate, and the ferry will not sail until May. The Ferry Workers Union said last week that inspections had been cut by 40 percent since 2019.',
  '',
  '“It’s a miracle,” said Tomas Okafor-Reyes, 65, a passenger. He said the crew “acted fast.”',
  '',
  'Photo: Ana Ruiz / Valley Courier',
  '',
  '* Read the [full report](https://valleycourier.example/ferry-report) from the Harbour Authority.',
  '',
].join('\n');

/** One edit of a text: a piece inserted, a stretch deleted, or a stretch repeated, somewhere in it. */
const edit = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(articlePiece, fc.constant('')), fc.constantFrom('insert', 'delete', 'repeat'));

function applyEdits(text: string, edits: [number, number, string, string][]): string {
  for (const [at, span, piece, kind] of edits) {
    const from = text.length === 0 ? 0 : at % (text.length + 1);
    const to = Math.min(text.length, from + span);
    if (kind === 'insert') text = text.slice(0, from) + piece + text.slice(from);
    else if (kind === 'delete') text = text.slice(0, from) + text.slice(to);
    else text = text.slice(0, to) + text.slice(from, to) + text.slice(to);
  }
  return text;
}

/** The invented article after a few random edits: real structure, hostile details. */
export const editedArticle: fc.Arbitrary<string> = fc.array(edit, { maxLength: 12 }).map((edits) => applyEdits(TEMPLATE, edits));

/** Any article of the suite: random pieces, or the invented article edited. */
export const anyArticle: fc.Arbitrary<string> = fc.oneof(articleText, editedArticle);

/**
 * A small collection: a few articles, several of them retelling one shared story with edits (the
 * near-duplicates wire copy produces), so the cross-article matching runs, not only the analysis.
 */
export const articleCollection: fc.Arbitrary<string[]> = fc
  .tuple(anyArticle, fc.array(fc.tuple(fc.nat(), anyArticle, fc.boolean()), { minLength: 1, maxLength: 4 }))
  .map(([story, retellings]) =>
    retellings.map(([cut, extra, retell]) => {
      if (!retell) return extra;
      const at = story.length === 0 ? 0 : cut % story.length;
      return story.slice(0, at) + extra + story.slice(at);
    }),
  );
