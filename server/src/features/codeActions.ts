// Quick fixes from a finding's fixes. "Replace" edits the article, pinned to the document version the
// finding was computed for, so a fix never lands on text that has changed since. "Teach" edits
// `.crosscheck.json` (creating it when missing), never the user's settings.
import * as nodePath from 'node:path';
import { CodeActionKind, TextEdit, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import { applyTeaching } from '../corpus/config';
import type { ConfigTeaching, Fix } from '../corpus/types';
import { relativeTo } from '../workspace/collectionFiles';
import type { ArticleLocator } from './articleLocator';
import type { DiagnosticData } from './diagnostics';

export interface OpenArticle {
  path: string;
  uri: string;
  version: number;
  /** True when the corpus analysed exactly this version, so its offsets hold for the current text. */
  analysed: boolean;
}

/** `.crosscheck.json` of the article's collection: its text (null when the file does not exist yet). */
export interface ConfigFile {
  uri: string;
  text: string | null;
  /** Version of the config when it is open in the editor, else null. */
  version: number | null;
}

export function codeActionsFor(
  article: OpenArticle,
  diagnostics: Diagnostic[],
  locator: ArticleLocator,
  configFile: ConfigFile | null,
): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = dataOf(diagnostic);
    // A finding from another version of the text would put its edit in the wrong place.
    if (!data || data.path !== article.path || data.version !== article.version || !article.analysed) continue;
    data.fixes.forEach((fix, index) => {
      const edit = editFor(fix, article, locator, configFile);
      if (!edit) return;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0 && fix.kind === 'replace',
        edit,
      });
    });
  }
  return actions;
}

function editFor(fix: Fix, article: OpenArticle, locator: ArticleLocator, configFile: ConfigFile | null): WorkspaceEdit | null {
  if (fix.kind === 'replace') {
    const range = locator.range(article.path, fix.start, fix.end);
    return {
      documentChanges: [{ textDocument: { uri: article.uri, version: article.version }, edits: [TextEdit.replace(range, fix.newText)] }],
    };
  }
  if (!configFile) return null;
  const teaching = teachingForConfig(fix.teach, configFile, locator);
  if (!teaching) return null;
  if (configFile.text === null) {
    return {
      documentChanges: [
        { kind: 'create', uri: configFile.uri, options: { ignoreIfExists: true } },
        { textDocument: { uri: configFile.uri, version: null }, edits: [TextEdit.insert({ line: 0, character: 0 }, applyTeaching('', teaching))] },
      ],
    };
  }
  const taught = applyTeaching(configFile.text, teaching);
  // An unreadable config comes back unchanged: offer nothing rather than an edit that does nothing.
  if (taught === configFile.text) return null;
  return {
    documentChanges: [{ textDocument: { uri: configFile.uri, version: configFile.version }, edits: [wholeTextEdit(configFile.text, taught)] }],
  };
}

/** A publication date is keyed by the article's path relative to the config's folder, as the config reads it. */
function teachingForConfig(teach: ConfigTeaching, configFile: ConfigFile, locator: ArticleLocator): ConfigTeaching | null {
  if (!('published' in teach)) return teach;
  const configPath = locator.pathOf(configFile.uri);
  if (!configPath) return null;
  return { published: { path: relativeTo(nodePath.dirname(configPath), teach.published.path), date: teach.published.date } };
}

/** Replaces only the part that changed, so the user's cursor and undo history stay sensible. */
function wholeTextEdit(before: string, after: string): TextEdit {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const position = (offset: number) => {
    const lines = before.slice(0, offset).split(/\r\n|\r|\n/);
    return { line: lines.length - 1, character: lines[lines.length - 1].length };
  };
  return TextEdit.replace({ start: position(head), end: position(before.length - tail) }, after.slice(head, after.length - tail));
}

function dataOf(diagnostic: Diagnostic): DiagnosticData | null {
  if (diagnostic.source !== 'crosscheck') return null;
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data.path !== 'string' || !Array.isArray(data.fixes)) return null;
  return { path: data.path, version: data.version ?? null, start: data.start ?? 0, end: data.end ?? 0, fixes: data.fixes };
}
