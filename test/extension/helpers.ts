// What the extension-host tests share: the extension's API, the workspace's files, and waiting for
// real signals (diagnostics events, panel refreshes) with a deadline instead of sleeping.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../client/src/extension';

const deadlineMs = 60_000;

export async function crosscheck(): Promise<CrosscheckApi> {
  const extension = vscode.extensions.getExtension<CrosscheckApi>('crosscheck.crosscheck');
  assert.ok(extension, 'the Crosscheck extension is loaded');
  const api = await extension.activate();
  await api.ready;
  return api;
}

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

export async function openArticle(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/** Resolves with `read()` once `accept` holds, checking now and after each `event`; fails at the deadline. */
export function until<T>(event: vscode.Event<unknown>, read: () => T, accept: (value: T) => boolean, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = read();
      if (!accept(value)) return false;
      finish();
      resolve(value);
      return true;
    };
    const subscription = event(() => void check());
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out waiting for ${what}; last seen: ${describe(read())}`));
    }, deadlineMs);
    const finish = () => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

function describe(value: unknown): string {
  const text = JSON.stringify(value, (_key, v) => (v instanceof vscode.Uri ? v.toString() : v));
  return text === undefined ? String(value) : text.slice(0, 600);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Crosscheck's diagnostics for a file, once `accept` holds for them. */
export function diagnosticsOf(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return until(
    vscode.languages.onDidChangeDiagnostics,
    () => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'crosscheck'),
    accept,
    `${what} in ${vscode.workspace.asRelativePath(uri)}`,
  );
}

export const hasCode = (code: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.some((d) => codeOf(d) === code);

export async function textAt(location: vscode.Location): Promise<string> {
  const document = await vscode.workspace.openTextDocument(location.uri);
  return document.getText(location.range);
}

export function sameFile(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.toString() === b.toString();
}
