// Every command the extension contributes, registered from one table keyed by `commandIds`: the
// compiler rejects a missing or extra handler, and a unit test checks package.json declares the same.
import * as vscode from 'vscode';
import type { CommandId } from './commandIds';

export type CommandTable = Record<CommandId, (...args: any[]) => unknown>;

export function registerCommands(table: CommandTable): vscode.Disposable[] {
  return Object.entries(table).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}

/** A position as it travels in tree item arguments and in the protocol (plain, zero-based). */
interface PlainRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Opens an article with the given range selected (the target of the panel's member rows). */
export async function openMatch(uri: string | vscode.Uri, range: PlainRange): Promise<vscode.TextEditor> {
  const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  return vscode.window.showTextDocument(target, { selection, preview: true });
}
