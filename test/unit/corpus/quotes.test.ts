import { strict as assert } from 'node:assert';
import { foldedWords } from '../../../server/src/corpus/fold';
import { compareOneSpeaker, compareQuotes } from '../../../server/src/corpus/quotes';
import type { EntitySpec } from './buildFacts';
import { codes, collectionOf, only } from './collectionOf';

function compare(a: string, b: string) {
  return compareQuotes(a, foldedWords(a), b, foldedWords(b));
}

describe('corpus quotes: comparing two wordings', () => {
  it('agrees when only quotation marks, apostrophe style and edge punctuation differ', () => {
    const c = compare('the crew’s lifeboats were ready,', "the crew's lifeboats were ready.");
    assert.equal(c?.status, 'agrees');
  });

  it('calls case and contractions a variant, not a conflict', () => {
    const c = compare('We will NOT leave this harbour. IT IS our home', "We will not leave this harbour. It's our home");
    assert.equal(c?.status, 'variant');
    assert.deepEqual(c?.reasons, ['contraction', 'case']);
  });

  it('expands negative contractions', () => {
    assert.equal(compare("they can't say when the boats return", 'they cannot say when the boats return')?.status, 'variant');
    assert.equal(compare("they can't say when the boats return", 'they can not say when the boats return')?.status, 'variant');
    assert.equal(compare("we don't know who lit it", 'we do not know who lit it')?.status, 'variant');
  });

  it('calls a fragment of a longer quote a variant, with the matching window', () => {
    const whole = 'The engines stopped twice, and the crew kept the passengers calm until the tugs came';
    const fragment = 'kept the passengers calm';
    const c = compare(fragment, whole);
    assert.equal(c?.status, 'variant');
    assert.deepEqual(c?.reasons, ['fragment']);
    assert.equal(whole.slice(c!.windowB.start, c!.windowB.end), 'kept the passengers calm');
  });

  it('finds the differing words of a reworded quote, even when one side is longer', () => {
    const a = 'People on the pier are afraid of being blamed';
    const b = 'It happened so fast. People on the pier are afraid of being sued.';
    const c = compare(a, b);
    assert.equal(c?.status, 'conflict');
    assert.deepEqual(
      c?.differences.map((d) => [d.a, d.b]),
      [['blamed', 'sued']],
    );
    assert.equal(b.slice(c!.windowB.start, c!.windowB.end), 'People on the pier are afraid of being sued');
    assert.equal(a.slice(c!.windowA.start, c!.windowA.end), a);
  });

  it('calls British and American spellings of the same words a spelling variant', () => {
    const c = compare('The harbour centre was organised to honour the travellers', 'The harbor center was organized to honor the travelers');
    assert.equal(c?.status, 'variant');
    assert.deepEqual(c?.reasons, ['spelling']);
    assert.equal(compare('we will defend the programme and its catalogue', 'we will defend the program and its catalog')?.status, 'variant');
    assert.equal(compare('the first-choice app for paedophiles and thieves', 'the first-choice app for pedophiles and thieves')?.status, 'variant');
  });

  it('keeps short words that only look like spelling variants apart', () => {
    const c = compare('the four boats filled the harbour at dawn on Monday', 'the for boats filed the harbour at dawn on Monday');
    assert.equal(c?.status, 'conflict');
    assert.deepEqual(
      c?.differences.map((d) => [d.a, d.b]),
      [['four', 'for'], ['filled', 'filed']],
    );
  });

  it('calls a compound written as one word, two words or with a hyphen a variant', () => {
    assert.deepEqual(compare('the Sea Line ferries will sail at dawn', 'the Sealine ferries will sail at dawn')?.reasons, ['spelling']);
    assert.deepEqual(compare('the right of self-determination for the islands', 'the right of selfdetermination for the islands')?.reasons, ['spelling']);
    assert.deepEqual(compare('the right of self-determination for the islands', 'the right of self determination for the islands')?.reasons, ['punctuation']);
  });

  it('calls an added or dropped article a variant, but a dropped content word a conflict', () => {
    const article = compare('The pilot steered his boat into the wall of harbour office', 'The pilot steered his boat into the wall of the harbour office');
    assert.equal(article?.status, 'variant');
    assert.deepEqual(article?.reasons, ['article']);
    const dropped = compare('the end of fishing, freedom of movement and self-rule', 'the end of fishing, freedom and self-rule');
    assert.equal(dropped?.status, 'conflict');
    assert.deepEqual(
      dropped?.differences.map((d) => [d.a, d.b]),
      [['of movement', '']],
    );
  });

  it('counts a changed pronoun or intensifier as a changed word', () => {
    assert.deepEqual(
      compare('How many boats do we want to sink this winter?', 'How many boats do they want to sink this winter?')?.differences.map((d) => [d.a, d.b]),
      [['we', 'they']],
    );
    assert.equal(compare('it was a very bad night for the harbour', 'it was a bad night for the harbour')?.status, 'conflict');
  });

  it('reads an outlet quoting a later sentence with a connective of its own as a fragment, not a rewording', () => {
    const whole = 'So no, the crew was not in danger but anything could happen on a night like that. The captain certainly was at risk';
    const cut = 'So the captain certainly was at risk';
    const c = compare(cut, whole);
    assert.equal(c?.status, 'variant');
    assert.deepEqual(c?.reasons, ['fragment', 'case']);
    assert.equal(whole.slice(c!.windowB.start, c!.windowB.end), 'The captain certainly was at risk');
  });

  it('reads other sentences quoted alongside the shared one as fragments, not rewordings', () => {
    const c = compare('Ferries will sail twice a day. Guaranteed to be busy, one way or another', 'We will have a good time whatever happens. It is guaranteed to be busy, one way or another');
    assert.equal(c?.status, 'variant');
    assert.ok(c?.reasons.includes('fragment'));
  });

  it('moves a repeated word to the edge of a gap instead of splitting the quote', () => {
    const c = compare('This is the first time anyone has mapped the reef', 'We are delighted with this survey. This is the first time anyone has mapped the reef');
    assert.equal(c?.status, 'variant');
    assert.deepEqual(c?.reasons, ['fragment']);
  });

  it('pairs one speaker’s quotes on the words that carry meaning, even with few words in a row', () => {
    const short = 'a very sad night';
    const long = 'It’s a sad night all the way around';
    assert.equal(compare(short, long), null);
    const c = compareOneSpeaker(short, foldedWords(short), long, foldedWords(long));
    assert.equal(c?.status, 'conflict');
    assert.deepEqual(
      c?.differences.map((d) => [d.a, d.b]),
      [['very', '']],
    );
  });

  it('keeps two different sentences of one speaker apart', () => {
    const a = 'tearing up the way this harbour has always worked';
    const b = 'destroying how the fishing town works';
    assert.equal(compareOneSpeaker(a, foldedWords(a), b, foldedWords(b)), null);
  });

  it('leaves a reordered quote unpaired rather than guessing at it', () => {
    const a = 'What this harbour needs is a new pier';
    const b = 'A new pier is what it needs';
    assert.equal(compareOneSpeaker(a, foldedWords(a), b, foldedWords(b)), null);
  });

  it('does not pair quotes that share only a few common words', () => {
    assert.equal(compare('the harbour will reopen next week', 'we asked whether the harbour was safe for the children'), null);
    assert.equal(compare('no', 'no'), null);
  });
});

const captain: EntitySpec = { name: 'Joaquín Ortúzar', type: 'person', forms: ['Joaquín Ortúzar', 'Joaquin Ortuzar'] };
const mayor: EntitySpec = { name: 'Elena Ortúzar', type: 'person' };
const coastGuard: EntitySpec = { name: 'Port Calder Coast Guard', type: 'organization' };
const port: EntitySpec = { name: 'Port Calder', type: 'place' };

function article(body: string, quotes: { text: string; speaker: string }[], people: EntitySpec[] = [captain]) {
  const text = `The Port Calder Coast Guard inspected the ferry at Port Calder. ${body}`;
  const entities = [...people, coastGuard, port].map((e) =>
    e === captain ? { ...e, forms: (e.forms ?? []).filter((f) => text.includes(f)) } : e,
  );
  return [
    text,
    {
      entities,
      quotes: quotes.map((q) => ({ text: q.text, speaker: q.speaker, speakerEntity: entities.find((e) => (e.forms ?? [e.name]).includes(q.speaker))?.name })),
    },
  ] as [string, Parameters<typeof collectionOf>[0][string][1]];
}

describe('corpus quotes: across articles', () => {
  it('flags a reworded quote on both sides, each pointing at the other, with a fix to use the other wording', () => {
    const a = article('"People on the pier are afraid of being blamed," said Joaquín Ortúzar.', [
      { text: 'People on the pier are afraid of being blamed', speaker: 'Joaquín Ortúzar' },
    ]);
    const b = article('"It happened so fast. People on the pier are afraid of being sued," said Joaquin Ortuzar.', [
      { text: 'It happened so fast. People on the pier are afraid of being sued', speaker: 'Joaquin Ortuzar' },
    ]);
    const collection = collectionOf({ 'courier.txt': a, 'wire.txt': b }, { outlets: { 'courier.txt': 'The Harrow Courier', 'wire.txt': 'Lantern Wire' } });
    const [onA] = only(collection, 'courier.txt', 'conflicting-quote');
    const [onB] = only(collection, 'wire.txt', 'conflicting-quote');
    assert.ok(onA && onB, 'a conflict on both sides');
    assert.equal(onA.severity, 'warning');
    assert.match(onA.message, /Lantern Wire/);
    assert.match(onA.message, /“blamed” vs “sued”/);
    assert.equal(onA.related[0]!.path, 'wire.txt');
    assert.equal(b[0].slice(onA.related[0]!.start, onA.related[0]!.end), 'People on the pier are afraid of being sued');
    assert.equal(onB.related[0]!.path, 'courier.txt');
    assert.equal(b[0].slice(onB.start, onB.end), 'People on the pier are afraid of being sued');
    const fix = onA.fixes[0]!;
    assert.equal(fix.title, "Use Lantern Wire's wording");
    assert.ok(fix.kind === 'replace' && fix.newText === 'People on the pier are afraid of being sued');

    const [group] = collection.matches().filter((g) => g.kind === 'quote');
    assert.equal(group?.status, 'conflict');
    assert.equal(group?.note, 'worded differently: “blamed” vs “sued”');
    for (const m of group!.members) assert.equal(collection.text(m.path)!.slice(m.start, m.end), m.text);
  });

  it('calls a quote differing by case and a contraction a variant on both sides', () => {
    const a = article('"We will NOT leave this harbour. It is our home," said Joaquín Ortúzar.', [
      { text: 'We will NOT leave this harbour. It is our home', speaker: 'Joaquín Ortúzar' },
    ]);
    const b = article("'We will not leave this harbour. It's our home,' said Joaquín Ortúzar.", [
      { text: "We will not leave this harbour. It's our home", speaker: 'Joaquín Ortúzar' },
    ]);
    const collection = collectionOf({ 'a.txt': a, 'b.txt': b });
    for (const path of ['a.txt', 'b.txt']) {
      assert.deepEqual(codes(collection, path), ['quote-variant'], path);
      assert.equal(only(collection, path, 'quote-variant')[0]!.severity, 'hint');
      assert.equal(only(collection, path, 'quote-variant')[0]!.related.length, 1);
    }
    assert.match(only(collection, 'a.txt', 'quote-variant')[0]!.message, /contractions, case/);
  });

  it('calls a quoted fragment of a whole quote a variant', () => {
    const a = article('"The crew kept the passengers calm until the tugs came," said Joaquín Ortúzar.', [
      { text: 'The crew kept the passengers calm until the tugs came', speaker: 'Joaquín Ortúzar' },
    ]);
    const b = article('Joaquín Ortúzar said the crew "kept the passengers calm".', [{ text: 'kept the passengers calm', speaker: 'Joaquín Ortúzar' }]);
    const collection = collectionOf({ 'a.txt': a, 'b.txt': b });
    assert.deepEqual(codes(collection, 'a.txt'), ['quote-variant']);
    assert.match(only(collection, 'b.txt', 'quote-variant')[0]!.message, /one quotes a fragment of the other/);
  });

  it('matches identical quotes as agreeing, with no diagnostic', () => {
    const a = article('“The lifeboats were ready before the alarm,” said Joaquín Ortúzar.', [
      { text: 'The lifeboats were ready before the alarm', speaker: 'Joaquín Ortúzar' },
    ]);
    const b = article('"The lifeboats were ready before the alarm," said Joaquín Ortúzar.', [
      { text: 'The lifeboats were ready before the alarm', speaker: 'Joaquín Ortúzar' },
    ]);
    const collection = collectionOf({ 'a.txt': a, 'b.txt': b });
    assert.deepEqual(codes(collection, 'a.txt'), []);
    assert.deepEqual(
      collection.matches().map((g) => [g.kind, g.status, g.members.length]),
      [['quote', 'agrees', 2]],
    );
  });

  it('does not compare the same words said by two different people who share a surname', () => {
    const a = article('"Nobody on the pier could have stopped that fire," said Elena Ortúzar.', [
      { text: 'Nobody on the pier could have stopped that fire', speaker: 'Elena Ortúzar' },
    ], [captain, mayor]);
    const b = article('"Nobody on the pier could have seen that fire," said Joaquín Ortúzar.', [
      { text: 'Nobody on the pier could have seen that fire', speaker: 'Joaquín Ortúzar' },
    ], [captain, mayor]);
    const collection = collectionOf({ 'a.txt': a, 'b.txt': b });
    assert.deepEqual(codes(collection, 'a.txt'), []);
    assert.deepEqual(codes(collection, 'b.txt'), []);
    assert.notEqual(collection.clusterIdOf('a.txt', 1), collection.clusterIdOf('b.txt', 0));
  });

  it('flags a quote with no speaker', () => {
    const text = 'The Port Calder Coast Guard inspected the ferry. "Nobody told us anything until the smoke came."';
    const collection = collectionOf({ 'a.txt': [text, { entities: [coastGuard], quotes: [{ text: 'Nobody told us anything until the smoke came.' }] }] });
    const [d] = only(collection, 'a.txt', 'unattributed-quote');
    assert.equal(d?.severity, 'warning');
    assert.equal(text.slice(d!.start, d!.end), 'Nobody told us anything until the smoke came.');
  });
});
