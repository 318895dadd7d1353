// A status bar item for the active article: a spinner while the server starts or indexes, then how
// many findings Crosscheck reports for it. Clicking it opens the side panel.
import * as vscode from 'vscode';
import { MATCHES_VIEW } from './matchesPanel';

export type ServerPhase = 'starting' | 'running' | 'stopped';

/** Diagnostics of ours, told apart from other extensions' by their source. */
export const DIAGNOSTIC_SOURCE = 'crosscheck';

export class FindingsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crosscheck.findings', vscode.StatusBarAlignment.Right, 100);
  private article: vscode.Uri | undefined;
  private phase: ServerPhase = 'starting';
  /** What the server reports while it indexes: a title and how far it is ("3 of 6 articles"). */
  private indexing: { title: string; message: string } | undefined;
  private readonly subscription: vscode.Disposable;
  private readonly rendered = new vscode.EventEmitter<string>();
  /** Fires with the new text each time the item is redrawn. */
  readonly onDidChange = this.rendered.event;

  constructor() {
    this.item.name = 'Crosscheck Findings';
    this.item.command = `${MATCHES_VIEW}.focus`;
    this.subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (this.article && event.uris.some((uri) => uri.toString() === this.article?.toString())) this.render();
    });
  }

  /** The article the item speaks about; undefined hides it. */
  showArticle(article: vscode.Uri | undefined): void {
    this.article = article;
    this.render();
  }

  setIndexing(indexing: { title: string; message: string } | undefined): void {
    this.indexing = indexing;
    this.render();
  }

  setPhase(phase: ServerPhase): void {
    this.phase = phase;
    this.render();
  }

  /** The text shown, for tests and for the tooltip's first line. */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.subscription.dispose();
    this.rendered.dispose();
    this.item.dispose();
  }

  private render(): void {
    this.draw();
    this.rendered.fire(this.item.text);
  }

  private draw(): void {
    if (this.indexing && this.phase === 'running') {
      // Indexing concerns the whole workspace: shown whichever file is active.
      this.item.text = `$(sync~spin) Crosscheck: ${this.indexing.message || 'indexing'}`;
      this.item.tooltip = this.indexing.title;
      this.item.show();
      return;
    }
    if (!this.article) {
      this.item.text = '';
      this.item.hide();
      return;
    }
    if (this.phase !== 'running') {
      this.item.text = this.phase === 'starting' ? '$(sync~spin) Crosscheck' : '$(circle-slash) Crosscheck';
      this.item.tooltip = this.phase === 'starting' ? 'Crosscheck is starting and indexing the collection' : 'The Crosscheck server is not running';
      this.item.show();
      return;
    }
    const ours = vscode.languages.getDiagnostics(this.article).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const warnings = ours.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).length;
    const notes = ours.length - warnings;
    this.item.text = ours.length === 0 ? '$(pass) Crosscheck' : `$(warning) ${warnings} $(info) ${notes}`;
    this.item.tooltip = countsByCode(ours);
    this.item.show();
  }
}

function countsByCode(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return 'Crosscheck: no findings in this article';
  const counts = new Map<string, number>();
  for (const diagnostic of diagnostics) {
    const code = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? 'other');
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const lines = [...counts].sort(([a], [b]) => a.localeCompare(b, 'en')).map(([code, n]) => `${code}: ${n}`);
  return `Crosscheck findings in this article\n${lines.join('\n')}`;
}
