// `crosscheck check --format sarif`: SARIF 2.1.0, the format code-scanning services import.
// Columns are 1-based UTF-16 code units, SARIF's default column kind.
import type { DiagnosticCode, Severity } from '../../corpus/types';
import type { PositionedDiagnostic } from './diagnosticList';
import type { LineIndex } from '../positions';

const RULES: Record<DiagnosticCode, string> = {
  'conflicting-quote': 'The same quote is worded differently in another source.',
  'quote-variant': 'The same quote differs only in case, punctuation, contractions, or as a fragment.',
  'conflicting-number': 'A figure differs from the same claim in another source.',
  'updated-figure': 'A toll, tally, price or share that an article published on another day gives differently.',
  'conflicting-date': 'An event is dated differently in another source.',
  'unsourced-claim': 'A checkable claim with no attribution.',
  'unattributed-quote': 'A direct quote with no speaker.',
  'uncorroborated-claim': 'A claim no other source on the story reports.',
  'single-origin': 'A claim several articles repeat, all from one origin.',
  'name-variant': "A name spelled differently from the collection's usual form.",
  'analysis-failed': 'Crosscheck could not analyse the article; it is left out of matching.',
  'missing-publication-date': 'An article with no publication date, so its relative dates are left unresolved.',
};

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

export function sarifLog(diagnostics: PositionedDiagnostic[], toolVersion: string, linesOf: (path: string) => LineIndex): object {
  const region = (path: string, start: number, end: number) => {
    const lines = linesOf(path);
    const from = lines.positionAt(start);
    const to = lines.positionAt(end);
    return {
      startLine: from.line + 1,
      startColumn: from.character + 1,
      endLine: to.line + 1,
      endColumn: to.character + 1,
      charOffset: start,
      charLength: end - start,
    };
  };
  const results = diagnostics.map((d) => ({
    ruleId: d.code,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(d.path) }, region: region(d.path, d.start, d.end) } }],
    relatedLocations: d.related.map((r, index) => ({
      id: index,
      message: { text: r.message },
      physicalLocation: { artifactLocation: { uri: encodeURI(r.path) }, region: region(r.path, r.start, r.end) },
    })),
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Crosscheck',
            version: toolVersion,
            rules: Object.entries(RULES).map(([id, text]) => ({ id, shortDescription: { text } })),
          },
        },
        results,
      },
    ],
  };
}
