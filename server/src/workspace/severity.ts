// Applies the user's severity choices (VS Code settings or `.crosscheck.json`) to the corpus's
// diagnostics: a code set to "off" disappears, others take the chosen severity.
import { DIAGNOSTIC_CODES, type CollectionDiagnostic, type DiagnosticCode, type Severity } from '../corpus/types';

export type SeverityChoices = Partial<Record<DiagnosticCode, Severity | 'off'>>;

const LEVELS: readonly (Severity | 'off')[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Records `level` for `code` when both are ones Crosscheck knows; anything else is ignored, like an unknown key. */
export function chooseSeverity(choices: SeverityChoices, code: string, level: unknown): void {
  const knownCode = DIAGNOSTIC_CODES.find((c) => c === code);
  const knownLevel = LEVELS.find((l) => l === level);
  if (knownCode && knownLevel) choices[knownCode] = knownLevel;
}

export function withSeverities(diagnostics: CollectionDiagnostic[], ...choices: SeverityChoices[]): CollectionDiagnostic[] {
  const shown: CollectionDiagnostic[] = [];
  for (const diagnostic of diagnostics) {
    let severity: Severity | 'off' = diagnostic.severity;
    for (const choice of choices) severity = choice[diagnostic.code] ?? severity;
    if (severity !== 'off') shown.push(severity === diagnostic.severity ? diagnostic : { ...diagnostic, severity });
  }
  return shown;
}
