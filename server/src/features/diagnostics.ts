// Turns the corpus's findings for one article into LSP diagnostics: stable codes, the user's
// severities, related locations in the other articles, and the data the quick fixes need. Messages
// quote names and words from articles: their line breaks and bidi controls are shown escaped.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { printable } from '../corpus/printable';
import type { CollectionDiagnostic, Fix, Severity } from '../corpus/types';
import type { ArticleLocator } from './articleLocator';

/** Carried in `Diagnostic.data` so a code action can be checked against the text it was computed for. */
export interface DiagnosticData {
  path: string;
  /** Version of the open document the finding was computed for; null for an article read from disk. */
  version: number | null;
  start: number;
  end: number;
  fixes: Fix[];
}

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function lspDiagnostics(found: CollectionDiagnostic[], locator: ArticleLocator, version: number | null): Diagnostic[] {
  return found.map((finding) => {
    const data: DiagnosticData = { path: finding.path, version, start: finding.start, end: finding.end, fixes: finding.fixes };
    return {
      range: locator.range(finding.path, finding.start, finding.end),
      severity: LSP_SEVERITY[finding.severity],
      code: finding.code,
      source: 'crosscheck',
      message: printable(finding.message),
      relatedInformation: finding.related.map((related) => ({
        location: locator.location(related.path, related.start, related.end),
        message: printable(related.message),
      })),
      data,
    };
  });
}
