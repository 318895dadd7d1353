// Hovers: on a name, who it is and where else it appears; on a quote, its speaker and other wordings.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { fileUri, fixturesRoot, LspSession } from './lspSession';

const folder = nodePath.join(fixturesRoot, 'ferry-fire');
const courier = nodePath.join(folder, 'coastline-courier.md');

/** The position of the first occurrence of `needle` (plus `into` characters) in the courier. */
function positionOf(needle: string, into = 1): { line: number; character: number } {
  const lines = fs.readFileSync(courier, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `the fixture contains ${needle}`);
  return { line, character: lines[line].indexOf(needle) + into };
}

async function hoverAt(session: LspSession, needle: string, into = 1): Promise<string> {
  const hover = await session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: fileUri(courier) }, position: positionOf(needle, into) });
  assert.ok(hover, `a hover on ${needle}`);
  return (hover.contents as MarkupContent).value;
}

describe('language server hover', () => {
  let session: LspSession;

  before(async () => {
    session = new LspSession(folder);
    await session.start();
    session.open(courier);
  });

  after(async () => {
    await session.stop();
  });

  it('shows a person, its type and the other articles naming them with counts and links', async () => {
    const value = await hoverAt(session, 'Ingrid Solberg');
    assert.match(value, /\*\*Ingrid Solberg\*\* · person/);
    assert.match(value, /Also in 2 other articles/);
    assert.match(value, new RegExp(`\\[tidewater\\\\-daily\\.txt\\]\\(${fileUri(nodePath.join(folder, 'tidewater-daily.txt'))}#L\\d+\\) — 2 mentions`));
    assert.match(value, new RegExp(`\\[harbor\\\\-ledger\\.md\\]\\(${fileUri(nodePath.join(folder, 'harbor-ledger.md'))}#L\\d+\\) — 1 mention\\b`));
  });

  it('shows the speaker of a quote and how the other outlet words it', async () => {
    const value = await hoverAt(session, 'everyone off the boat');
    assert.match(value, /speaker: Ingrid Solberg/);
    assert.match(value, /conflict/);
    assert.match(value, /tidewater\\-daily\.txt.*“We got everybody off the boat in under twenty minutes,?”/);
  });

  it('shows how the other outlet gives a figure that disagrees', async () => {
    const value = await hoverAt(session, '212 passengers', 0);
    assert.match(value, /\*\*number\*\* · conflict/);
    assert.match(value, /tidewater\\-daily\.txt.*“[^”]*180[^”]*”/);
  });

  it('answers null away from names and quotes', async () => {
    const hover = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: fileUri(courier) }, position: { line: 1, character: 0 } });
    assert.equal(hover, null);
  });
});
