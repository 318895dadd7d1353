// Semantic tokens decode to the article's real spans: names by type, dates, quotes and claims, one line each.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { SemanticTokens } from 'vscode-languageserver-protocol';
import { semanticTokenTypes } from '../../server/src/semanticTokens';
import { fileUri, fixturesRoot, LspSession } from './lspSession';

const folder = nodePath.join(fixturesRoot, 'ferry-fire');
const courier = nodePath.join(folder, 'coastline-courier.md');

interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  text: string;
}

function decode(data: number[], text: string): DecodedToken[] {
  const lines = text.split('\n');
  const tokens: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const length = data[i + 2];
    tokens.push({ line, character, length, type: semanticTokenTypes[data[i + 3]], text: lines[line].slice(character, character + length) });
  }
  return tokens;
}

describe('language server semantic tokens', () => {
  let session: LspSession;
  let tokens: DecodedToken[];
  const text = fs.readFileSync(courier, 'utf8');

  before(async () => {
    session = new LspSession(folder);
    await session.start();
    session.open(courier);
    const result = await session.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: fileUri(courier) } });
    tokens = decode(result.data, text);
  });

  after(async () => {
    await session.stop();
  });

  it('marks people, organisations and places on their exact spans', () => {
    const people = tokens.filter((t) => t.type === 'person').map((t) => t.text);
    assert.ok(people.includes('Ingrid Solberg'), people.join(', '));
    assert.ok(people.includes('Solberg'), people.join(', '));
    const organisations = tokens.filter((t) => t.type === 'organization').map((t) => t.text);
    assert.ok(organisations.includes('Marlow Bay Port Authority'), organisations.join(', '));
    const places = tokens.filter((t) => t.type === 'place').map((t) => t.text);
    assert.ok(places.includes('Osterhaven'), places.join(', '));
  });

  it('marks dates and quotes', () => {
    assert.ok(tokens.some((t) => t.type === 'date' && t.text === 'Tuesday'), 'Tuesday is a date');
    assert.ok(tokens.some((t) => t.type === 'quote' && t.text.startsWith('We got everyone')), 'the harbor master quote');
  });

  it('never overlaps tokens and keeps each within its line', () => {
    const lines = text.split('\n');
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      assert.ok(token.length > 0 && token.character + token.length <= lines[token.line].length, `token ${JSON.stringify(token)} stays on its line`);
      const next = tokens[i + 1];
      if (next && next.line === token.line) assert.ok(next.character >= token.character + token.length, 'tokens do not overlap');
    }
  });

  it('answers for the text being edited, before the debounced re-analysis', async () => {
    const edited = text.replace('Ingrid Solberg', 'Ingrid Solberg-Vance');
    session.change(courier, 2, edited);
    const result = await session.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: fileUri(courier) } });
    const people = decode(result.data, edited).filter((t) => t.type === 'person').map((t) => t.text);
    assert.ok(people.includes('Ingrid Solberg-Vance'), people.join(', '));
  });
});
