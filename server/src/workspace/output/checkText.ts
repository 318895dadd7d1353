// `crosscheck check --format text`: one line per finding, like compilers print them, 1-based. File
// names and messages are printed with line breaks and bidi controls escaped, so each finding is one line.
import { printable } from '../../corpus/printable';
import type { PositionedDiagnostic } from './diagnosticList';

export function checkText(diagnostics: PositionedDiagnostic[]): string {
  return diagnostics
    .map((d) => `${printable(d.path)}:${d.startPosition.line + 1}:${d.startPosition.character + 1}: ${d.severity} ${d.code}: ${printable(d.message)}\n`)
    .join('');
}
