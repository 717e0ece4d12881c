// The mutual-aid skills preview: the nine dynamics, their worker skills, and which ones the active
// plan addresses (from the server), in a webview beside the editor.
import * as vscode from 'vscode';
import { DYNAMICS } from '../../server/src/engine/dynamics-data';
import type { DynamicCoverage, PreviewPersisted, PreviewRequest, PreviewState } from './protocol';
import { describe, type GroupPlanServer } from './server';
import { SKILLS_SOURCE, skillSentence } from './text';

/** The nine dynamics with no coverage, for when no plan is open or the server cannot answer. */
export function staticDynamics(): DynamicCoverage[] {
  return DYNAMICS.map((d) => ({ id: d.id, name: d.name, summary: d.summary, skills: [...d.skills], addressed: false, ranges: [] }));
}

export class SkillsPreview {
  static readonly viewType = 'groupplan.skills';
  static current: SkillsPreview | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private planUri: vscode.Uri | undefined;
  private dynamics: DynamicCoverage[] = staticDynamics();
  private refreshTimer: NodeJS.Timeout | undefined;
  private generation = 0;
  private nextRange = new Map<string, number>();
  /** The last state sent to the webview. */
  lastState: PreviewState | undefined;

  // Shows the preview beside the editor, creating it when there is none.
  static createOrShow(context: vscode.ExtensionContext, server: GroupPlanServer, document?: vscode.TextDocument): SkillsPreview {
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
    if (SkillsPreview.current) {
      SkillsPreview.current.panel.reveal(column, true);
      if (document) SkillsPreview.current.follow(document.uri);
      return SkillsPreview.current;
    }
    const panel = vscode.window.createWebviewPanel(SkillsPreview.viewType, 'Mutual-aid skills', { viewColumn: column, preserveFocus: true }, webviewOptions(context));
    SkillsPreview.current = new SkillsPreview(panel, context, server, document?.uri);
    return SkillsPreview.current;
  }

  // Rebuilds the preview that VS Code restores after a window reload.
  static revive(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, server: GroupPlanServer, state: PreviewPersisted | undefined): void {
    panel.webview.options = webviewOptions(context);
    const uri = state?.uri ? vscode.Uri.parse(state.uri) : undefined;
    SkillsPreview.current = new SkillsPreview(panel, context, server, uri);
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly context: vscode.ExtensionContext,
    private readonly server: GroupPlanServer,
    uri: vscode.Uri | undefined,
  ) {
    this.planUri = uri ?? activeMarkdown()?.document.uri;
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'preview.svg');
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: PreviewRequest) => void this.onMessage(m)),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && e.document.languageId === 'markdown') this.follow(e.document.uri);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.planUri && e.document.uri.toString() === this.planUri.toString()) this.scheduleRefresh(400);
      }),
      server.onStatus((s) => {
        if (this.planUri && s.uri === this.planUri.toString()) this.scheduleRefresh(50);
      }),
      server.onRunning(() => this.scheduleRefresh(50)),
    );
  }

  // Switches the coverage to another document.
  follow(uri: vscode.Uri): void {
    if (this.planUri?.toString() === uri.toString()) return;
    this.planUri = uri;
    this.nextRange.clear();
    this.scheduleRefresh(0);
  }

  private scheduleRefresh(delay: number): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), delay);
  }

  // Asks the server for the coverage of the followed plan and sends the result to the webview.
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const uri = this.planUri;
    const state: PreviewState = { type: 'state', source: SKILLS_SOURCE, dynamics: staticDynamics() };
    if (!uri) {
      state.notice = 'Open a plan to see which dynamics it plans for.';
    } else {
      const name = uri.path.split('/').pop() || uri.toString();
      try {
        const result = await this.server.dynamics(uri);
        if (generation !== this.generation) return;
        state.plan = { name, uri: uri.toString(), isPlan: result.isPlan };
        if (!result.isPlan) state.notice = `${name} is not checked as a group plan. Add "groupplan: true" to its front matter, or run "Group Plan: Check this file as a group plan".`;
        else if (Array.isArray(result.dynamics) && result.dynamics.length) state.dynamics = mergeCoverage(state.dynamics, result.dynamics);
      } catch (error) {
        if (generation !== this.generation) return;
        state.plan = { name, uri: uri.toString(), isPlan: false };
        state.notice = `Coverage is not available: ${describe(error)}`;
      }
    }
    this.dynamics = state.dynamics;
    this.lastState = state;
    void this.panel.webview.postMessage(state);
  }

  private async onMessage(message: PreviewRequest): Promise<void> {
    if (message.type === 'ready') return this.refresh();
    const dynamic = this.dynamics.find((d) => d.id === message.id);
    if (!dynamic) return;
    if (message.type === 'reveal') await this.reveal(dynamic, message.index);
    if (message.type === 'insertSkill') await this.insertSkill(dynamic, message.skill);
  }

  // Takes the editor to the next place where the plan addresses the dynamic.
  private async reveal(dynamic: DynamicCoverage, index: number): Promise<void> {
    if (!this.planUri || dynamic.ranges.length === 0) return;
    const i = index >= 0 ? index % dynamic.ranges.length : (this.nextRange.get(dynamic.id) ?? 0) % dynamic.ranges.length;
    this.nextRange.set(dynamic.id, i + 1);
    const r = dynamic.ranges[i];
    const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    const document = await vscode.workspace.openTextDocument(this.planUri);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: editorColumn(document.uri), preserveFocus: false, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  // Inserts a sentence built from the skill at the cursor of the followed plan.
  private async insertSkill(dynamic: DynamicCoverage, skillIndex: number): Promise<void> {
    const skill = dynamic.skills[skillIndex];
    if (!skill) return;
    const uri = this.planUri;
    if (!uri) {
      void vscode.window.showInformationMessage('Open a plan first: the sentence is inserted at its cursor.');
      return;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: editorColumn(uri), preserveFocus: false });
    const sentence = skillSentence(dynamic.name, skill);
    // Inserted at the cursor (the active end of each selection): selected text is kept.
    await editor.edit((b) => {
      for (const sel of editor.selections) {
        const at = sel.active;
        const before = at.character > 0 ? document.lineAt(at.line).text.charAt(at.character - 1) : '';
        b.insert(at, `${before && !/\s/.test(before) ? ' ' : ''}${sentence}`);
      }
    });
  }

  private html(): string {
    const webview = this.panel.webview;
    const nonce = makeNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview.css'));
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Mutual-aid skills</title>
</head>
<body>
<header>
  <h1>The nine dynamics of mutual aid</h1>
  <p class="source" id="source">${SKILLS_SOURCE}.</p>
  <input id="filter" type="search" placeholder="Filter dynamics and skills" aria-label="Filter dynamics and skills">
  <p id="plan" role="status" aria-live="polite"></p>
</header>
<main><ol id="dynamics" aria-label="Dynamics of mutual aid"></ol></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    if (SkillsPreview.current === this) SkillsPreview.current = undefined;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.panel.dispose();
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }
}

/** Restores the preview after a window reload. */
export function registerPreviewSerializer(context: vscode.ExtensionContext, server: GroupPlanServer): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(SkillsPreview.viewType, {
    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewPersisted | undefined) {
      SkillsPreview.revive(panel, context, server, state);
    },
  });
}

function webviewOptions(context: vscode.ExtensionContext): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    retainContextWhenHidden: false,
    localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist'), vscode.Uri.joinPath(context.extensionUri, 'media')],
  };
}

// Keeps the static text and takes coverage from the server's answer, by id.
function mergeCoverage(base: DynamicCoverage[], fromServer: DynamicCoverage[]): DynamicCoverage[] {
  const byId = new Map(fromServer.map((d) => [d.id, d]));
  return base.map((d) => {
    const s = byId.get(d.id);
    const because = Array.isArray(s?.because) ? s.because.filter((w): w is string => typeof w === 'string').slice(0, 4) : [];
    return s ? { ...d, addressed: Boolean(s.addressed), ranges: Array.isArray(s.ranges) ? s.ranges : [], because } : d;
  });
}

function activeMarkdown(): vscode.TextEditor | undefined {
  const e = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((v) => v.document.languageId === 'markdown');
  return e?.document.languageId === 'markdown' ? e : undefined;
}

function editorColumn(uri: vscode.Uri): vscode.ViewColumn {
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())?.viewColumn ?? vscode.ViewColumn.One;
}

// Web Crypto, which Node 20 and the browser (the web build) both have.
export function makeNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
