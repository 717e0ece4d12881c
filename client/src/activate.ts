// Activation shared by the desktop extension (extension.ts) and the web build (web-extension.ts):
// the commands, the status bar item, the skills preview, hovers and completions, and starting and
// stopping the language server, over whichever client the entry makes. Thin by design: the server checks.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { registerLanguageFeatures } from './language-features';
import { registerPreviewSerializer, SkillsPreview } from './preview';
import type { PreviewState } from './protocol';
import { GroupPlanServer, type ClientFactory } from './server';
import { PlanStatusBar } from './status-bar';
import { statusText } from './text';

let server: GroupPlanServer | undefined;

/** What the extension hands to other extensions and to the test-electron suite. */
export interface GroupPlanApi {
  /** The status bar text for a document, when it is a plan. */
  statusText(uri: vscode.Uri): string | undefined;
  /** The last coverage the skills preview showed, if it is open. */
  previewState(): PreviewState | undefined;
}

/** Activation shared by the desktop and the web build; `extra` adds what only one of them needs. */
export async function activateWith(context: vscode.ExtensionContext, makeClient: ClientFactory, extra: (server: GroupPlanServer) => vscode.Disposable[] = () => []): Promise<GroupPlanApi> {
  const output = vscode.window.createOutputChannel('Group Plan');
  server = new GroupPlanServer(output, makeClient);
  context.subscriptions.push(
    output,
    server,
    new PlanStatusBar(server),
    registerPreviewSerializer(context, server),
    ...registerCommands(context, server),
    ...registerLanguageFeatures(server),
    vscode.workspace.onDidChangeConfiguration((e) => void onConfigurationChanged(e)),
    ...extra(server),
  );
  if (enabled()) await server.start();
  else output.appendLine('[client] groupplan.enable is off: the server is not started.');
  const running = server;
  return {
    statusText: (uri) => {
      const s = running.statuses.get(uri.toString());
      return s?.isPlan ? statusText(s) : undefined;
    },
    previewState: () => SkillsPreview.current?.lastState,
  };
}

function enabled(): boolean {
  return vscode.workspace.getConfiguration('groupplan').get<boolean>('enable', true) !== false;
}

// Turning checking off stops the server; turning it on starts a fresh one. Other settings are read
// by the running server per document.
async function onConfigurationChanged(e: vscode.ConfigurationChangeEvent): Promise<void> {
  if (!server || !e.affectsConfiguration('groupplan.enable')) return;
  if (enabled()) {
    await server.restart('checking turned on');
  } else {
    await server.stop();
    void vscode.window.showInformationMessage('Group Plan checking is off (groupplan.enable). The server was stopped.');
  }
}

export async function deactivate(): Promise<void> {
  await server?.stop();
}
