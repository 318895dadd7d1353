// A broken `.crosscheck.json` is shown where it is broken: one error in the file itself, at the place
// the reader stopped, while its collection is checked with the default settings.
import * as nodePath from 'node:path';
import { DiagnosticSeverity, type PublishDiagnosticsParams } from 'vscode-languageserver';
import type { ConfigProblem } from '../workspace/collectionConfig';
import { CONFIG_FILE } from '../workspace/collectionFiles';

/** The diagnostics to send for each collection's config: its problem, or none to clear an old one. */
export class ConfigDiagnostics {
  /** Config files whose problem is on screen, by URI. */
  private readonly shown = new Set<string>();

  constructor(private readonly uriOf: (path: string) => string) {}

  /** What to publish now that the collections are `collections`: gone or fixed configs are cleared. */
  update(collections: { root: string; configProblem: ConfigProblem | null }[]): PublishDiagnosticsParams[] {
    const now = new Map<string, ConfigProblem>();
    for (const { root, configProblem } of collections) {
      if (configProblem) now.set(this.uriOf(nodePath.join(root, CONFIG_FILE)), configProblem);
    }
    const cleared = [...this.shown].filter((uri) => !now.has(uri)).map((uri) => ({ uri, diagnostics: [] }));
    this.shown.clear();
    const published = [...now].map(([uri, problem]) => {
      this.shown.add(uri);
      const at = { line: problem.line, character: problem.character };
      return {
        uri,
        diagnostics: [
          {
            range: { start: at, end: { line: at.line, character: at.character + 1 } },
            severity: DiagnosticSeverity.Error,
            source: 'crosscheck',
            message: `${problem.reason}; the collection is checked with the default settings until this is fixed`,
          },
        ],
      };
    });
    return [...cleared, ...published];
  }
}
