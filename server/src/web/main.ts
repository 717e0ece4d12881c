// Entry of the language server in a browser web worker (vscode.dev, github.dev): the same server as
// on the desktop, over the browser's message port. Node's built-ins are shimmed (web/shim-*.ts); the
// groupplan config files come from the client, which reads them with vscode.workspace.fs.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server';
import { METHODS, type WorkspaceFilesParams } from '../lsp/protocol';
import { setWorkspaceFiles } from './files';

// A dedicated worker's global scope: the port the client talks over.
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
const server = startServer(connection);

connection.onNotification(METHODS.workspaceFiles, (params: WorkspaceFilesParams | undefined) => {
  setWorkspaceFiles(Array.isArray(params?.files) ? params.files : []);
  server.configChanged();
});
