// The VS Code extension on the desktop: the bundled language server runs as a Node process, over
// IPC. Everything else is shared with the web build (activate.ts).
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateWith, deactivate, type GroupPlanApi } from './activate';
import type { ClientFactory } from './server';

export type { GroupPlanApi };
export { deactivate };

/** The desktop's language client: the bundled server as a Node process, over IPC. */
function nodeClient(context: vscode.ExtensionContext): ClientFactory {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  return (options) =>
    new LanguageClient(
      'groupplan',
      'Group Plan',
      { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } } },
      options,
    );
}

export function activate(context: vscode.ExtensionContext): Promise<GroupPlanApi> {
  return activateWith(context, nodeClient(context));
}

