// Applies the user's severity choices (VS Code settings or `.crosscheck.json`) to the corpus's
// diagnostics: a code set to "off" disappears, others take the chosen severity.
import type { CollectionDiagnostic, DiagnosticCode, Severity } from '../corpus/types';

export type SeverityChoices = Partial<Record<DiagnosticCode, Severity | 'off'>>;

export function withSeverities(diagnostics: CollectionDiagnostic[], ...choices: SeverityChoices[]): CollectionDiagnostic[] {
  const shown: CollectionDiagnostic[] = [];
  for (const diagnostic of diagnostics) {
    let severity: Severity | 'off' = diagnostic.severity;
    for (const choice of choices) severity = choice[diagnostic.code] ?? severity;
    if (severity !== 'off') shown.push(severity === diagnostic.severity ? diagnostic : { ...diagnostic, severity });
  }
  return shown;
}
