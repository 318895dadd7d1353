// "Check This Folder as Articles": makes a folder an article collection by giving it a
// `.crosscheck.json` with every field at its default, then opens the file so the user can teach it.
import * as vscode from 'vscode';
import { defaultCollectionConfig } from './collectionConfig';
import { CONFIG_FILE } from './collections';

/** The folder to use: the one given (explorer menu), else the active file's, else a workspace folder. */
async function chooseFolder(given: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (given) {
    const stat = await vscode.workspace.fs.stat(given);
    return stat.type & vscode.FileType.Directory ? given : vscode.Uri.joinPath(given, '..');
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === 'file') return vscode.Uri.joinPath(active, '..');
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0].uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder to check as articles' }))?.uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Returns the config file opened, or undefined when the user picked no folder. */
export async function checkFolderAsArticles(given?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = await chooseFolder(given);
  if (!folder) return undefined;
  const config = vscode.Uri.joinPath(folder, CONFIG_FILE);
  if (!(await exists(config))) {
    const text = `${JSON.stringify(defaultCollectionConfig, null, 2)}\n`;
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(text));
  }
  await vscode.window.showTextDocument(config);
  return config;
}
