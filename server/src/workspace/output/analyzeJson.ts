// `crosscheck analyze --json`: the command-line contract's JSON object, version 1. Fields and meanings
// are fixed by the contract; everything here is a projection of the core's and the corpus's answers.
import type { EntityCluster, MatchGroup } from '../../corpus/types';
import type { LoadedCollection } from '../loadInputs';
import { diagnosticList, type PositionedDiagnostic } from './diagnosticList';

/** `diagnostics`: the collections' diagnostics when the caller already has them (they are the costly part). */
export function analyzeJson(loaded: LoadedCollection[], diagnostics: PositionedDiagnostic[] = diagnosticList(loaded)): object {
  const documents: object[] = [];
  const entities = new Map<string, { id: string; name: string; type: string; aliases: string[]; documents: string[] }>();
  const matches: object[] = [];
  for (const { collection } of loaded) {
    for (const path of [...collection.paths()].sort()) documents.push(documentJson(collection, path));
    for (const cluster of collection.clusters()) mergeCluster(entities, cluster);
    for (const group of collection.matches()) matches.push(matchJson(group));
  }
  return { version: 1, documents, entities: [...entities.values()], matches, diagnostics: diagnostics.map(diagnosticJson) };
}

/** One diagnostic as the contract's JSON has it, in `analyze --json` and `check --format json` alike. */
export function diagnosticJson(d: PositionedDiagnostic): object {
  return {
    path: d.path,
    start: d.start,
    end: d.end,
    line: d.startPosition.line,
    character: d.startPosition.character,
    severity: d.severity,
    code: d.code,
    message: d.message,
    related: d.related.map(({ path, start, end, message }) => ({ path, start, end, message })),
  };
}

type LoadedCorpus = LoadedCollection['collection'];

function documentJson(collection: LoadedCorpus, path: string): object {
  const facts = collection.facts(path);
  if (!facts) return failedDocumentJson(path, collection.failure(path) ?? 'no analysis');
  const clusterOf = (entity: number | null) => (entity === null ? null : collection.clusterIdOf(path, entity) ?? null);
  const provenance = collection.provenanceOf(path);
  return {
    path,
    title: facts.metadata.title,
    published: facts.metadata.published,
    entities: facts.entities.map(({ text, start, end, type, entity }) => ({ text, start, end, type, entity: clusterOf(entity) })),
    dates: facts.dates.map(({ text, start, end, value, relative }) => ({ text, start, end, value, relative })),
    quotes: facts.quotes.map(({ text, start, end, kind, speakerEntity, speakerText }) => ({
      text,
      start,
      end,
      kind,
      speaker: clusterOf(speakerEntity),
      speakerText,
    })),
    claims: facts.claims.map(({ text, start, end, attributed, source }) => ({ text, start, end, attributed, source })),
    provenance: {
      cites: provenance.cites.map(({ name, text, start, end, path: cited }) => ({ name, text, start, end, path: cited })),
      derivedFrom: provenance.derivedFrom.map(({ path: origin, reuse, label }) => ({ path: origin, reuse, label })),
    },
  };
}

/** An article the analyser failed on: listed with nothing found in it and why (an extra field). */
function failedDocumentJson(path: string, failure: string): object {
  return { path, title: null, published: null, entities: [], dates: [], quotes: [], claims: [], provenance: { cites: [], derivedFrom: [] }, failure };
}

/** Collections are analysed apart; a cluster id seen in several of them is one entity in the output. */
function mergeCluster(
  entities: Map<string, { id: string; name: string; type: string; aliases: string[]; documents: string[] }>,
  cluster: EntityCluster,
): void {
  const known = entities.get(cluster.id);
  if (!known) {
    entities.set(cluster.id, {
      id: cluster.id,
      name: cluster.name,
      type: cluster.type,
      aliases: [...cluster.aliases],
      documents: [...cluster.documents],
    });
    return;
  }
  known.aliases = [...new Set([...known.aliases, ...cluster.aliases])].filter((alias) => alias !== known.name);
  known.documents = [...new Set([...known.documents, ...cluster.documents])].sort();
}

function matchJson(group: MatchGroup): object {
  return {
    kind: group.kind,
    status: group.status,
    members: group.members.map(({ path, start, end, text }) => ({ path, start, end, text })),
    origins: group.origins,
    note: group.note,
  };
}
