// The article grammar, tokenised by the same TextMate engine VS Code uses, on invented article lines.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar, type StateStack } from 'vscode-textmate';

const root = path.resolve(__dirname, '../..');

async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => JSON.parse(readFileSync(path.join(root, 'syntaxes/article.tmLanguage.json'), 'utf8')),
  });
  const grammar = await registry.loadGrammar('text.article');
  assert.ok(grammar, 'grammar loads');
  return grammar;
}

interface Token {
  text: string;
  scopes: string[];
}

/** Tokenises lines in order (a document), returning each line's tokens. */
function tokenize(grammar: IGrammar, text: string): Token[][] {
  let state: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
}

/** The text of every token on the line carrying a scope that starts with `scope`, joined. */
function scoped(tokens: Token[], scope: string): string {
  return tokens
    .filter((token) => token.scopes.some((s) => s.startsWith(scope)))
    .map((token) => token.text)
    .join('');
}

describe('article grammar', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('marks the first line as the headline and markdown headings as headings', () => {
    const [title, , heading] = tokenize(grammar, 'Harbour strike enters third week\n\n## What the union wants');
    assert.equal(scoped(title, 'markup.heading.title'), 'Harbour strike enters third week');
    assert.equal(scoped(heading, 'entity.name.section'), 'What the union wants');
  });

  it('keeps front matter apart from the headline', () => {
    const lines = tokenize(grammar, '---\ntitle: Harbour strike\n---\nLISBON — Dockers walked out.');
    assert.equal(scoped(lines[1], 'meta.front-matter'), 'title: Harbour strike');
    assert.equal(scoped(lines[3], 'markup.heading.title'), '');
  });

  it('marks bylines, but not sentences that begin with "By"', () => {
    const [byline, sentence] = tokenize(grammar, 'x\nBy Marta Quintela and Leo Brandt\nBy the end of May, 300 ships waited.').slice(1);
    assert.equal(scoped(byline, 'entity.name.tag.author'), 'Marta Quintela and Leo Brandt');
    assert.equal(scoped(sentence, 'meta.byline'), '');
  });

  it('takes a first line that is a date for a dateline, not a headline', () => {
    const [first] = tokenize(grammar, 'date 2026-03-05\nHarbour strike enters third week');
    assert.equal(scoped(first, 'constant.other.date'), '2026-03-05');
    assert.equal(scoped(first, 'markup.heading.title'), '');
  });

  it('marks wire trailers and contact lines as credits', () => {
    const [trailer, contact] = tokenize(grammar, 'x\n(Reporting by Ana Lisboa; Editing by Tom Reyes)\nWrite to Ana Lisboa at ana@example.org').slice(1);
    assert.equal(scoped(trailer, 'meta.byline.credits'), '(Reporting by Ana Lisboa; Editing by Tom Reyes)');
    assert.equal(scoped(contact, 'meta.byline.credits'), 'Write to Ana Lisboa at ana@example.org');
  });

  it('marks publication lines and wire datelines', () => {
    const lines = tokenize(grammar, 'x\nPublished 22 January 2026\nJan. 21, 2026 9:00 pm ET\nPORTO VELHO, March 3 (Harbour Wire) — The port closed.');
    assert.equal(scoped(lines[1], 'constant.other.date'), '22 January 2026');
    assert.equal(scoped(lines[2], 'constant.other.date'), 'Jan. 21, 2026 9:00 pm ET');
    assert.equal(scoped(lines[3], 'entity.name.namespace.place'), 'PORTO VELHO');
    assert.equal(scoped(lines[3], 'constant.other.date'), ', March 3');
    assert.equal(scoped(lines[3], 'entity.name.class.organization'), '(Harbour Wire)');
  });

  it('marks quotations in straight, curly and single-quote styles', () => {
    const [straight, curly, single, curlySingle] = tokenize(
      grammar,
      'x\n"We will not move," she said.\nHe called it “a port that’s dying” on Monday.\nThe mayor said \'the berths stay shut\' today.\nShe said ‘Cuba’s ports can wait’ and left.',
    ).slice(1);
    assert.equal(scoped(straight, 'string.quoted.double.article'), '"We will not move,"');
    assert.equal(scoped(curly, 'string.quoted.double.curly'), '“a port that’s dying”');
    assert.equal(scoped(single, 'string.quoted.single.article'), "'the berths stay shut'");
    assert.equal(scoped(curlySingle, 'string.quoted.single.curly'), '‘Cuba’s ports can wait’');
  });

  it('does not let an apostrophe or a decade open a quotation', () => {
    const [line] = tokenize(grammar, 'x\nThe union’s leaders, veterans of the \'90s, don\'t agree.').slice(1);
    assert.equal(scoped(line, 'string.quoted'), '');
  });

  it('ends an unclosed quotation at the end of its paragraph', () => {
    const [open, next] = tokenize(grammar, 'x\n“We stayed all night.\nThe police arrived at dawn.').slice(1);
    assert.equal(scoped(open, 'string.quoted'), '“We stayed all night.');
    assert.equal(scoped(next, 'string.quoted'), '');
  });

  it('separates a markdown link’s text from its URL', () => {
    const [line] = tokenize(grammar, 'x\nAccording to [the port authority](https://example.org/report "Report"), 40 ships wait.').slice(1);
    assert.equal(scoped(line, 'string.other.link.title'), 'the port authority');
    assert.equal(scoped(line, 'markup.underline.link'), 'https://example.org/report');
  });

  it('marks photo captions and their credits', () => {
    const lines = tokenize(
      grammar,
      'x\nPhoto: Dockers outside the gate on Monday.\n![Cranes idle at the terminal](img/cranes.jpg)\nCranes idle at dawn (Photo: Rui Costa/Harbour Wire)',
    );
    assert.equal(scoped(lines[1], 'markup.italic.caption'), ' Dockers outside the gate on Monday.');
    assert.equal(scoped(lines[2], 'markup.italic.caption'), 'Cranes idle at the terminal');
    assert.equal(scoped(lines[3], 'comment.line.credit'), '(Photo: Rui Costa/Harbour Wire)');
  });

  it('marks advertising and comment furniture as boilerplate', () => {
    const lines = tokenize(grammar, 'x\nAdvertisement\n12 comments\nComments (7)\nRead more: Tides and trade\nThe advertisement campaign failed.\nComments from the mayor angered dockers.\nRelated talks stalled.');
    assert.equal(scoped(lines[1], 'comment.line.boilerplate'), 'Advertisement');
    assert.equal(scoped(lines[2], 'comment.line.boilerplate'), '12 comments');
    assert.equal(scoped(lines[3], 'comment.line.boilerplate'), 'Comments (7)');
    assert.equal(scoped(lines[4], 'comment.line.boilerplate'), 'Read more: Tides and trade');
    for (const prose of lines.slice(5)) assert.equal(scoped(prose, 'comment.line.boilerplate'), '');
  });

  it('marks figures, with their units', () => {
    const [line] = tokenize(grammar, 'x\nAbout 1,200 dockers lost $3.5 million, or 90 percent of wages, in 2025.').slice(1);
    const figures = line.filter((token) => token.scopes.includes('constant.numeric.figure.article')).map((token) => token.text);
    assert.deepEqual(figures, ['1,200', '$3.5 million', '90 percent', '2025']);
  });
});
