// The web build of the extension (vscode.dev, github.dev): the same extension as on the desktop, with
// the language server in a web worker (dist/web/server.js). A web worker cannot read the workspace,
// so this side reads the groupplan config files with vscode.workspace.fs and sends them to the server,
// again whenever one is created, changed or deleted.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivate, type GroupPlanApi } from './activate';
import { METHODS, type WorkspaceFilesParams } from './protocol';
import type { GroupPlanServer } from './server';

export { deactivate };

// The config files, and shared configs they may extend named like them (course.groupplan.yaml).
const CONFIG_GLOB = '**/{.groupplan,*.groupplan}.{json,jsonc,yaml,yml}';
/** More config files than a course repository has; the rest are not read. */
const MAX_CONFIG_FILES = 200;

export function activate(context: vscode.ExtensionContext): Promise<GroupPlanApi> {
  // Hides what needs Node (grading runs the command-line tool). Not the `isWeb` key: code-server shows
  // the web workbench with a Node extension host, where the desktop build runs and grading works.
  void vscode.commands.executeCommand('setContext', 'groupplan.webWorkerHost', true);
  const worker = (): Worker => new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true));
  return activateWith(context, (options) => new LanguageClient('groupplan', 'Group Plan', options, worker()), (server) => syncConfigFiles(server));
}

// Sends every config file now, when the server (re)starts, and after any change to one.
function syncConfigFiles(server: GroupPlanServer): vscode.Disposable[] {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const send = (): void => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => void sendAll(server), 100);
  };
  const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
  return [watcher, watcher.onDidCreate(send), watcher.onDidChange(send), watcher.onDidDelete(send), server.onRunning((running) => running && send()), { dispose: () => pending && clearTimeout(pending) }];
}

async function sendAll(server: GroupPlanServer): Promise<void> {
  if (!server.running) return;
  const uris = await vscode.workspace.findFiles(CONFIG_GLOB, '**/node_modules/**', MAX_CONFIG_FILES);
  const files: WorkspaceFilesParams['files'] = [];
  for (const uri of uris) {
    try {
      files.push({ uri: uri.toString(), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) });
    } catch (error) {
      server.output.appendLine(`[client] could not read ${uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  try {
    server.notify(METHODS.workspaceFiles, { files } satisfies WorkspaceFilesParams);
  } catch {
    // The server stopped meanwhile; it gets the files again when it is running.
  }
}
