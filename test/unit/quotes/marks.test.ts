import { strict as assert } from 'node:assert';
import { quotedPassages } from '../../../server/src/core/quotes/marks';

function quoted(text: string): string[] {
  return quotedPassages(text, 0, text.length).map((p) => text.slice(p.start, p.end));
}

describe('quotedPassages', () => {
  it('pairs straight, curly and single-quote marks and returns the words inside', () => {
    assert.deepEqual(quoted('He said "we are ready" and “so are we” then ‘not yet’ and \'maybe later\'.'), [
      'we are ready',
      'so are we',
      'not yet',
      'maybe later',
    ]);
  });

  it('gives offsets of the marks and of the trimmed words inside', () => {
    const text = 'She said “ all done ” today.';
    const [p] = quotedPassages(text, 0, text.length);
    assert.equal(text[p.open], '“');
    assert.equal(text[p.close], '”');
    assert.equal(text.slice(p.start, p.end), 'all done');
  });

  it('does not take apostrophes inside words, before decades or after plural possessives for marks', () => {
    assert.deepEqual(quoted('It’s Liora’s view that the ’90s were kind, officials’ notes say. Don\'t worry.'), []);
    assert.deepEqual(quoted('‘The council’s plan isn’t ready,’ she said, citing the engineers’ report.'), ['The council’s plan isn’t ready,']);
    assert.deepEqual(quoted('She called the ‘officials’ plan’ weak.'), ['officials’ plan']);
  });

  it('keeps apostrophes inside a single-quoted passage', () => {
    assert.deepEqual(quoted("'We don't know what's next,' he said."), ["We don't know what's next,"]);
  });

  it('returns only the outermost passage when quotes nest', () => {
    assert.deepEqual(quoted('“He told me ‘never again’ twice,” she said.'), ['He told me ‘never again’ twice,']);
  });

  it('nests quotes of the same style and quotes within quotes', () => {
    assert.deepEqual(quoted('“I’d rather live in what he calls “hell” than leave,” she wrote.'), ['I’d rather live in what he calls “hell” than leave,']);
    assert.deepEqual(quoted('"He read the question: “Will it hold?” Most said yes."'), ['He read the question: “Will it hold?” Most said yes.']);
    assert.deepEqual(quoted('"I dislike the term \'harbour people,\' " he said.'), ["I dislike the term 'harbour people,'"]);
  });

  it('runs a quote left open to the paragraph end when the next paragraph opens another', () => {
    const text = '“The water came at night. We lost everything.\n\n“Then the army arrived,” she said.';
    assert.deepEqual(quotedPassages(text, 0, text.indexOf('\n'), [], 0, '“').map((p) => text.slice(p.start, p.end)), ['The water came at night. We lost everything.']);
    assert.deepEqual(quotedPassages(text, 0, text.indexOf('\n'), [], 0, 'T').map((p) => text.slice(p.start, p.end)), []);
  });

  it('lets an unmatched mark lose only itself', () => {
    assert.deepEqual(quoted('The sign read “closed and the door was shut. Later “open” appeared.'), ['open']);
    assert.deepEqual(quoted('A 6" pipe burst and "water everywhere" followed.'), ['water everywhere']);
  });

  it('never reads outside the given range', () => {
    const text = '"one" two "three"';
    assert.deepEqual(quotedPassages(text, 6, text.length).map((p) => text.slice(p.start, p.end)), ['three']);
  });

  it('ignores marks inside skipped ranges such as link URLs', () => {
    const text = 'See [the "plan"](https://x.example/"a") and "this".';
    const url = text.indexOf('(https');
    const skip = [{ start: url, end: text.indexOf(')', url) + 1 }];
    assert.deepEqual(quotedPassages(text, 0, text.length, skip).map((p) => text.slice(p.start, p.end)), ['plan', 'this']);
  });

});
