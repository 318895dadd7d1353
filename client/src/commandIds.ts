// The commands the extension contributes, by id. Kept free of `vscode` imports so the manifest test can
// check package.json against it; `commands.ts` registers a handler for each through a Record keyed by
// these ids, so the compiler rejects a missing or extra handler.
export const commandIds = [
  'crosscheck.restartServer',
  'crosscheck.showOutput',
  'crosscheck.refreshMatches',
  'crosscheck.checkFolderAsArticles',
  'crosscheck.openMatch',
] as const;

export type CommandId = (typeof commandIds)[number];

/** Commands that only make sense with arguments (tree items pass them), hidden from the palette. */
export const internalCommandIds: readonly CommandId[] = ['crosscheck.openMatch'];
