// Starts, stops and restarts the bundled language server, and forwards its notifications.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  ExecuteCommandRequest,
  State,
  type BaseLanguageClient,
  type CloseHandlerResult,
  type ErrorHandlerResult,
  type LanguageClientOptions,
} from 'vscode-languageclient';
import { METHODS, type DynamicsResult, type InitializationOptions, type PlanStatus } from './protocol';

/** Files the server must see besides Markdown: the config files, so it can show their problems. */
export const DOCUMENT_SELECTOR = [{ language: 'markdown' }, { pattern: '**/.groupplan.{json,jsonc,yaml,yml}' }];

const RESTART_WINDOW_MS = 3 * 60 * 1000;
const MAX_RESTARTS = 4;

/** What a request failure looks like to the user: one plain sentence. */
export class ServerUnavailable extends Error {}

/**
 * Makes the language client: over Node IPC to dist/server.js on the desktop (extension.ts), over a
 * web worker running dist/web/server.js on vscode.dev and github.dev (web-extension.ts).
 */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

export class GroupPlanServer implements vscode.Disposable {
  private client: BaseLanguageClient | undefined;
  private readonly crashes: number[] = [];
  private readonly statusEmitter = new vscode.EventEmitter<PlanStatus>();
  private readonly stateEmitter = new vscode.EventEmitter<boolean>();
  /** Fires for each `groupplan/status` notification. */
  readonly onStatus = this.statusEmitter.event;
  /** Fires with true when the server is running, false when it stopped. */
  readonly onRunning = this.stateEmitter.event;
  readonly statuses = new Map<string, PlanStatus>();

  constructor(
    readonly output: vscode.OutputChannel,
    private readonly makeClient: ClientFactory,
  ) {}

  get running(): boolean {
    return this.client?.state === State.Running;
  }

  get languageClient(): BaseLanguageClient | undefined {
    return this.client;
  }

  // Starts the server unless it runs already; failures are shown, never thrown.
  async start(): Promise<void> {
    if (this.client) return;
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.output,
      // This client inserts snippet fixes with their placeholders (the groupplan.insertSnippet command).
      initializationOptions: { insertSnippetCommand: true } satisfies InitializationOptions,
      synchronize: { configurationSection: 'groupplan', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{json,jsonc,yaml,yml}') },
      errorHandler: {
        error: (error, _message, count): ErrorHandlerResult => {
          this.output.appendLine(`[client] connection error: ${error?.message ?? error}`);
          return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
        },
        closed: (): CloseHandlerResult => this.onClosed(),
      },
    };
    const client = this.makeClient(clientOptions);
    this.client = client;
    client.onNotification(METHODS.status, (status: PlanStatus) => {
      this.statuses.set(status.uri, status);
      this.statusEmitter.fire(status);
    });
    client.onDidChangeState((e) => this.stateEmitter.fire(e.newState === State.Running));
    try {
      await client.start();
    } catch (error) {
      this.client = undefined;
      const message = `The Group Plan server could not start: ${describe(error)}`;
      this.output.appendLine(`[client] ${message}`);
      void vscode.window.showErrorMessage(message, 'Show log', 'Restart server').then((pick) => this.onMessagePick(pick));
    }
  }

  // Stops the server and forgets what it said.
  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.statuses.clear();
    if (client) {
      try {
        if (client.needsStop()) await client.stop(5000);
      } catch (error) {
        this.output.appendLine(`[client] stopping the server: ${describe(error)}`);
      }
      this.stateEmitter.fire(false);
    }
  }

  // Stops and starts again, for the Restart command and for settings that need a new process.
  async restart(reason: string): Promise<void> {
    this.output.appendLine(`[client] restarting: ${reason}`);
    await this.stop();
    this.crashes.length = 0;
    await this.start();
    if (this.running) void vscode.window.showInformationMessage(`Group Plan server restarted (${reason}).`);
  }

  // After a crash: restart with a message, unless it keeps crashing; then say so and offer a restart.
  private onClosed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes.push(now);
    while (this.crashes.length && now - this.crashes[0] > RESTART_WINDOW_MS) this.crashes.shift();
    this.statuses.clear();
    if (this.crashes.length <= MAX_RESTARTS) {
      this.output.appendLine(`[client] the server stopped unexpectedly; restarting (${this.crashes.length} in the last 3 minutes)`);
      void vscode.window.showWarningMessage('The Group Plan server stopped unexpectedly and has been restarted.', 'Show log').then((pick) => this.onMessagePick(pick));
      return { action: CloseAction.Restart, handled: true };
    }
    this.output.appendLine('[client] the server stopped too often; not restarting');
    void vscode.window
      .showErrorMessage(`The Group Plan server stopped ${this.crashes.length} times in 3 minutes, so it was not restarted. Plans are not being checked.`, 'Show log', 'Restart server')
      .then((pick) => this.onMessagePick(pick));
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  private onMessagePick(pick: string | undefined): void {
    if (pick === 'Show log') this.output.show(true);
    if (pick === 'Restart server') void this.restart('requested');
  }

  // Sends a request, turning "not running" and protocol errors into ServerUnavailable.
  async request<R>(method: string, params: unknown): Promise<R> {
    const client = this.client;
    if (!client || !this.running) throw new ServerUnavailable('The Group Plan server is not running. Run "Group Plan: Restart server" or check that groupplan.enable is on.');
    try {
      return await client.sendRequest<R>(method, params);
    } catch (error) {
      throw new ServerUnavailable(`The Group Plan server could not answer "${method}": ${describe(error)}`);
    }
  }

  notify(method: string, params: unknown): void {
    const client = this.client;
    if (!client || !this.running) throw new ServerUnavailable('The Group Plan server is not running. Run "Group Plan: Restart server" or check that groupplan.enable is on.');
    void client.sendNotification(method, params);
  }

  dynamics(uri: vscode.Uri): Promise<DynamicsResult> {
    return this.request<DynamicsResult>(METHODS.dynamics, { uri: uri.toString() });
  }

  effectiveConfig(uri: vscode.Uri): Promise<unknown> {
    return this.request<unknown>(METHODS.effectiveConfig, { uri: uri.toString() });
  }

  fixAll(uri: vscode.Uri): Promise<unknown> {
    return this.request<unknown>(ExecuteCommandRequest.method, { command: METHODS.fixAllCommand, arguments: [{ uri: uri.toString() }] });
  }

  dispose(): void {
    void this.stop();
    this.statusEmitter.dispose();
    this.stateEmitter.dispose();
  }
}

export function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
