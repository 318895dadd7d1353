// `crosscheck analyze --json` keeps the command-line contract: exactly the contract's fields with their
// types, cluster ids that resolve, and every `text` equal to the document's text at start..end.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { folderWith, repoRoot, runCli } from './runCli';

type Json = Record<string, unknown>;

const isString = (v: unknown) => typeof v === 'string';
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';
const isOffset = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const isBool = (v: unknown) => typeof v === 'boolean';

/** Asserts `value` has exactly these keys, each passing its check. */
function assertShape(value: unknown, shape: Record<string, (v: unknown) => boolean>, where: string): Json {
  assert.ok(value && typeof value === 'object' && !Array.isArray(value), `${where} is an object`);
  const object = value as Json;
  assert.deepEqual(Object.keys(object).sort(), Object.keys(shape).sort(), `${where} has exactly the contract's fields`);
  for (const [key, check] of Object.entries(shape)) assert.ok(check(object[key]), `${where}.${key} has the contract's type: ${JSON.stringify(object[key])}`);
  return object;
}

function analyze(args: string[], cwd = repoRoot): Json {
  const run = runCli(['analyze', ...args, '--json'], cwd);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as Json;
}

function assertContract(json: Json, cwd: string): void {
  assertShape(json, { version: (v) => v === 1, documents: Array.isArray, entities: Array.isArray, matches: Array.isArray, diagnostics: Array.isArray }, 'output');
  const texts = new Map<string, string>();
  const slice = (path: unknown, start: unknown, end: unknown, text: unknown, where: string) => {
    assert.ok(isString(path) && isOffset(start) && isOffset(end) && (end as number) >= (start as number), `${where} has a path and offsets`);
    const whole = texts.get(path as string) ?? fs.readFileSync(nodePath.resolve(cwd, path as string), 'utf8');
    texts.set(path as string, whole);
    if (text !== undefined) assert.equal(text, whole.slice(start as number, end as number), `${where}: text equals the slice ${start}..${end}`);
  };
  const clusterIds = new Set((json.entities as Json[]).map((e) => e.id));
  for (const entity of json.entities as Json[]) {
    assertShape(entity, { id: isString, name: isString, type: (v) => ['person', 'organization', 'place'].includes(v as string), aliases: Array.isArray, documents: Array.isArray }, `entity ${String(entity.id)}`);
  }
  for (const document of json.documents as Json[]) {
    const where = String(document.path);
    assertShape(document, {
      path: isString, title: isStringOrNull, published: (v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v as string),
      entities: Array.isArray, dates: Array.isArray, quotes: Array.isArray, claims: Array.isArray, provenance: (v) => typeof v === 'object' && v !== null,
    }, where);
    const path = document.path;
    for (const e of document.entities as Json[]) {
      assertShape(e, { text: isString, start: isOffset, end: isOffset, type: (v) => ['person', 'organization', 'place'].includes(v as string), entity: (v) => clusterIds.has(v) }, `${where} entity`);
      slice(path, e.start, e.end, e.text, `${where} entity`);
    }
    for (const d of document.dates as Json[]) {
      assertShape(d, { text: isString, start: isOffset, end: isOffset, value: isStringOrNull, relative: isBool }, `${where} date`);
      slice(path, d.start, d.end, d.text, `${where} date`);
    }
    for (const q of document.quotes as Json[]) {
      assertShape(q, { text: isString, start: isOffset, end: isOffset, kind: (v) => ['direct', 'fragment', 'scare'].includes(v as string), speaker: (v) => v === null || clusterIds.has(v), speakerText: isStringOrNull }, `${where} quote`);
      slice(path, q.start, q.end, q.text, `${where} quote`);
    }
    for (const c of document.claims as Json[]) {
      assertShape(c, { text: isString, start: isOffset, end: isOffset, attributed: isBool, source: isStringOrNull }, `${where} claim`);
      slice(path, c.start, c.end, c.text, `${where} claim`);
    }
    const provenance = assertShape(document.provenance, { cites: Array.isArray, derivedFrom: Array.isArray }, `${where} provenance`);
    for (const cite of provenance.cites as Json[]) {
      assertShape(cite, { name: isString, text: isString, start: isOffset, end: isOffset, path: isStringOrNull }, `${where} cite`);
      slice(path, cite.start, cite.end, cite.text, `${where} cite`);
    }
    for (const origin of provenance.derivedFrom as Json[]) {
      assertShape(origin, { path: isString, reuse: (v) => typeof v === 'number' && v >= 0 && v <= 1, label: (v) => v === 'wholly' || v === 'partially' }, `${where} derivedFrom`);
    }
  }
  for (const match of json.matches as Json[]) {
    assertShape(match, {
      kind: (v) => ['quote', 'number', 'date', 'claim'].includes(v as string),
      status: (v) => ['agrees', 'variant', 'conflict', 'uncorroborated'].includes(v as string),
      members: Array.isArray, origins: (v) => Number.isInteger(v) && (v as number) >= 1, note: isString,
    }, 'match');
    for (const m of match.members as Json[]) {
      assertShape(m, { path: isString, start: isOffset, end: isOffset, text: isString }, 'match member');
      slice(m.path, m.start, m.end, m.text, 'match member');
    }
  }
  for (const d of json.diagnostics as Json[]) {
    assertShape(d, {
      path: isString, start: isOffset, end: isOffset, line: isOffset, character: isOffset,
      severity: (v) => ['error', 'warning', 'information', 'hint'].includes(v as string), code: isString, message: isString, related: Array.isArray,
    }, 'diagnostic');
    slice(d.path, d.start, d.end, undefined, 'diagnostic');
    const before = texts.get(d.path as string)!.slice(0, d.start as number).split(/\r\n|\r|\n/);
    assert.deepEqual([d.line, d.character], [before.length - 1, before[before.length - 1].length], 'line and character are 0-based and point at start');
    for (const r of d.related as Json[]) {
      assertShape(r, { path: isString, start: isOffset, end: isOffset, message: isString }, 'related');
      slice(r.path, r.start, r.end, undefined, 'related');
    }
  }
}

describe('crosscheck analyze --json', () => {
  it('keeps the contract on the fixture collection, with paths relative to the current folder', () => {
    const json = analyze(['test/fixtures/ferry-fire']);
    assertContract(json, repoRoot);
    const paths = (json.documents as Json[]).map((d) => d.path);
    assert.deepEqual(paths, ['test/fixtures/ferry-fire/coastline-courier.md', 'test/fixtures/ferry-fire/harbor-ledger.md', 'test/fixtures/ferry-fire/tidewater-daily.txt']);
  });

  it('keeps the contract on the sample collection', function () {
    if (!fs.existsSync(nodePath.join(repoRoot, 'samples', '.crosscheck.json'))) this.skip();
    assertContract(analyze(['samples']), repoRoot);
  });

  it('finds the planted facts of the fixture: people clustered across outlets and the quoted harbor master', () => {
    const json = analyze(['test/fixtures/ferry-fire']);
    const solberg = (json.entities as Json[]).find((e) => e.name === 'Ingrid Solberg');
    assert.ok(solberg, 'Ingrid Solberg is one entity');
    assert.equal(solberg.type, 'person');
    assert.equal((solberg.documents as string[]).length, 3);
    const courier = (json.documents as Json[]).find((d) => String(d.path).endsWith('coastline-courier.md'))!;
    const quote = (courier.quotes as Json[]).find((q) => String(q.text).startsWith('We got everyone'));
    assert.ok(quote, 'the harbor master quote is found');
    assert.equal(quote.speaker, solberg.id);
  });

  it('uses --published for articles that give no date, and the dateline otherwise', () => {
    const folder = folderWith({
      'undated.txt': 'Council approves new bridge\n\nThe town council approved the bridge on Monday, the mayor said.\n',
      'dated.txt': 'Bridge vote\n\nJune 3, 2026\n\nThe council voted on Monday, the mayor said.\n',
    });
    const json = analyze(['--published', '2026-06-10', '.'], folder);
    const published = Object.fromEntries((json.documents as Json[]).map((d) => [d.path, d.published]));
    assert.deepEqual(published, { 'dated.txt': '2026-06-03', 'undated.txt': '2026-06-10' });
  });

  it('reads each collection by its own config, and a folder outside any collection with the defaults', () => {
    const folder = folderWith({
      'loose-note.md': 'Ferry timetable changes\n\nThe ferry will leave at nine, the operator said.\n',
      'ignored.html': '<p>not an article</p>',
      'desk/.crosscheck.json': '{ "articles": ["**/*.txt"] }',
      'desk/wire.txt': 'Mayor opens bridge\n\nThe mayor opened the bridge on Monday, the council said.\n',
      'desk/draft.md': 'Not an article in this collection.\n',
    });
    const json = analyze(['.'], folder);
    assert.deepEqual((json.documents as Json[]).map((d) => d.path), ['loose-note.md', 'desk/wire.txt']);
  });

  it('keeps offsets in UTF-16 code units past accents, emoji and CRLF line ends', () => {
    const folder = folderWith({
      'crlf.txt': 'Café owners rally 🎉\r\n\r\n"We will stay open," said Renée Duval-Moreau, who runs Café Lumière in Saint-Aubin.\r\n',
    });
    const json = analyze(['.'], folder);
    assertContract(json, folder);
    const document = (json.documents as Json[])[0];
    assert.ok((document.quotes as Json[]).some((q) => q.text === 'We will stay open,' || q.text === 'We will stay open'));
  });
});
