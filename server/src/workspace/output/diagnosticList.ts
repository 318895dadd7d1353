// The diagnostics of every loaded article in reading order, with positions, as all CLI formats print them.
import type { CollectionDiagnostic } from '../../corpus/types';
import type { LoadedCollection } from '../loadInputs';
import { LineIndex, type Position } from '../positions';
import { withSeverities } from '../severity';

export interface PositionedDiagnostic extends CollectionDiagnostic {
  /** 0-based, LSP style. */
  startPosition: Position;
  endPosition: Position;
}

export function diagnosticList(loaded: LoadedCollection[]): PositionedDiagnostic[] {
  const list: PositionedDiagnostic[] = [];
  for (const { collection, severity } of loaded) {
    for (const path of [...collection.paths()].sort()) {
      const lines = new LineIndex(collection.text(path) ?? '');
      const diagnostics = withSeverities(collection.diagnostics(path), severity);
      diagnostics.sort((a, b) => a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : 1));
      for (const diagnostic of diagnostics) {
        list.push({ ...diagnostic, startPosition: lines.positionAt(diagnostic.start), endPosition: lines.positionAt(diagnostic.end) });
      }
    }
  }
  return list;
}

/** "3 warnings, 5 hints in 6 articles". */
export function summaryLine(diagnostics: CollectionDiagnostic[], articleCount: number): string {
  const order = ['error', 'warning', 'information', 'hint'] as const;
  const counts = order.map((severity) => {
    const count = diagnostics.filter((d) => d.severity === severity).length;
    const noun = severity === 'information' ? 'information' : count === 1 ? severity : `${severity}s`;
    return count > 0 ? `${count} ${noun}` : '';
  });
  const found = counts.filter(Boolean).join(', ') || 'no findings';
  return `${found} in ${articleCount} ${articleCount === 1 ? 'article' : 'articles'}`;
}
