// The VS Code client starts the server over Node IPC; other editors over stdio (the other tests).
import { strict as assert } from 'node:assert';
import { fork } from 'node:child_process';
import * as nodePath from 'node:path';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter, type InitializeResult } from 'vscode-languageserver-protocol/node';
import { semanticTokenTypes } from '../../server/src/semanticTokens';
import { fileUri, fixturesRoot, repoRoot } from './lspSession';

describe('language server over IPC', () => {
  it('initializes with its features and the semantic token legend', async () => {
    const child = fork(nodePath.join(repoRoot, 'dist', 'server.js'), ['--node-ipc'], { silent: true });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const folder = nodePath.join(fixturesRoot, 'quiet-library');
      const result = await connection.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        rootUri: fileUri(folder),
        workspaceFolders: [{ uri: fileUri(folder), name: 'quiet-library' }],
        capabilities: {},
      });
      const { capabilities } = result;
      assert.equal(capabilities.hoverProvider, true);
      assert.equal(capabilities.referencesProvider, true);
      assert.deepEqual(capabilities.semanticTokensProvider?.legend.tokenTypes, [...semanticTokenTypes]);
      assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix']);
      await connection.sendRequest('shutdown');
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
