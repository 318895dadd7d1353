// `crosscheck check --format text`: one line per finding, like compilers print them, 1-based.
import type { PositionedDiagnostic } from './diagnosticList';

export function checkText(diagnostics: PositionedDiagnostic[]): string {
  return diagnostics
    .map((d) => `${d.path}:${d.startPosition.line + 1}:${d.startPosition.character + 1}: ${d.severity} ${d.code}: ${d.message}\n`)
    .join('');
}
