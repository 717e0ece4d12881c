// The "Group Plan" commands. Each asks the server or the CLI; none checks anything itself.
import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SkillsPreview } from './preview';
import { METHODS, type InsertSnippetArgs } from './protocol';
import { describe, type GroupPlanServer } from './server';
import { gradeProgressStep, hasStrictCsp, outputFolderFor, skeletonBody, type SnippetEntry } from './text';

export const TEMPLATE_CHOICES = [
  { id: 'kurland', label: 'Kurland', detail: 'Need, purpose, composition, structure, content, pre-group contact, agency and social context, norms, evaluation (the default)' },
  { id: 'toseland-rivas', label: 'Toseland and Rivas', detail: 'Abstract, purpose, agency sponsorship, membership, recruitment, composition, orientation, contract, environment, norms, evaluation' },
];

export const GROUP_TYPE_CHOICES = [
  { id: 'classic', label: 'Classic', detail: 'A small, closed group meeting over many months' },
  { id: 'single-session', label: 'Single-session', detail: 'The first meeting is also the last' },
  { id: 'short-term', label: 'Short-term', detail: 'A small closed group meeting about two to twelve times' },
  { id: 'open-ended', label: 'Open-ended', detail: 'Membership changes from meeting to meeting' },
  { id: 'very-large', label: 'Very large', detail: 'About fifteen or more members, working in small groups' },
];

function activeDocument(kind: string): vscode.TextDocument | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.languageId === 'markdown') return editor.document;
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'markdown');
  if (visible) return visible.document;
  void vscode.window.showInformationMessage(`Open a Markdown plan first, then run "${kind}".`);
  return undefined;
}

// Runs a command body and shows any failure as a message instead of losing it.
function guarded<A extends unknown[]>(title: string, fn: (...args: A) => Promise<unknown> | unknown): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (error) {
      void vscode.window.showErrorMessage(`${title}: ${describe(error)}`);
    }
  };
}

export function registerCommands(context: vscode.ExtensionContext, server: GroupPlanServer): vscode.Disposable[] {
  const reg = (id: string, title: string, fn: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, guarded(title, fn as (...args: unknown[]) => unknown));
  return [
    reg('groupplan.newPlan', 'New plan from template', () => newPlan(context)),
    reg('groupplan.checkFile', 'Check this file as a group plan', (uri?: vscode.Uri) => {
      const document = uri instanceof vscode.Uri ? undefined : activeDocument('Check this file as a group plan');
      const target = uri instanceof vscode.Uri ? uri : document?.uri;
      if (!target) return;
      server.notify(METHODS.optIn, { uri: target.toString() });
      void vscode.window.showInformationMessage(`Checking ${path.basename(target.path)} as a group plan for this session. Add "groupplan: true" to its front matter to keep it checked.`);
    }),
    reg('groupplan.showSkills', 'Show mutual-aid skills', () => {
      const editor = vscode.window.activeTextEditor;
      SkillsPreview.createOrShow(context, server, editor?.document.languageId === 'markdown' ? editor.document : undefined);
    }),
    reg('groupplan.fixAll', 'Fix all problems', async (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : activeDocument('Fix all problems')?.uri;
      if (!target) return;
      await server.fixAll(target);
    }),
    reg('groupplan.showEffectiveConfig', 'Show effective configuration', async (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : (vscode.window.activeTextEditor?.document.uri ?? activeDocument('Show effective configuration')?.uri);
      if (!target) return;
      const config = await server.effectiveConfig(target);
      const content = `${JSON.stringify(config, null, 2)}\n`;
      const document = await vscode.workspace.openTextDocument({ language: 'json', content });
      await vscode.window.showTextDocument(document, { preview: false });
    }),
    reg('groupplan.restartServer', 'Restart server', () => server.restart('requested')),
    reg('groupplan.gradeFolder', 'Grade a folder of plans', (uri?: vscode.Uri) => gradeFolder(context, uri instanceof vscode.Uri ? uri : undefined)),
    reg('groupplan.insertSnippet', 'Insert snippet', (args: InsertSnippetArgs) => insertSnippet(server, args)),
  ];
}

// Asks for the template and group type, then opens an untitled plan filled from the skeleton snippet.
async function newPlan(context: vscode.ExtensionContext): Promise<void> {
  const type = await vscode.window.showQuickPick(GROUP_TYPE_CHOICES, { title: 'New group plan (1/2): what type of group is it?', placeHolder: 'Group type' });
  if (!type) return;
  const configured = vscode.workspace.getConfiguration('groupplan').get<string>('template', 'kurland');
  const templates = [...TEMPLATE_CHOICES].sort((a, b) => (a.id === configured ? -1 : b.id === configured ? 1 : 0));
  const template = await vscode.window.showQuickPick(templates, { title: 'New group plan (2/2): which plan outline?', placeHolder: 'Template' });
  if (!template) return;
  // Read through the workspace file system, which the web build (vscode.dev) has as well.
  const file = vscode.Uri.joinPath(context.extensionUri, 'snippets', 'groupplan.code-snippets');
  const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<string, SnippetEntry>;
  const body = skeletonBody(snippets, template.id, type.id);
  if (!body) throw new Error(`no skeleton for ${template.id}, ${type.id} in ${file.path}`);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(body), new vscode.Position(0, 0));
  if (template.id !== configured) {
    const pick = await vscode.window.showInformationMessage(
      `This plan follows the ${template.label} outline, but plans here are checked against "${configured}". Set groupplan.template to "${template.id}" for this workspace?`,
      'Use for this workspace',
    );
    if (pick) await vscode.workspace.getConfiguration('groupplan').update('template', template.id, vscode.ConfigurationTarget.Workspace);
  }
}

// Inserts a snippet for the server's snippet quick fixes (an LSP range in the given document).
async function insertSnippet(server: GroupPlanServer, args: InsertSnippetArgs): Promise<void> {
  if (!args || typeof args.uri !== 'string' || typeof args.snippet !== 'string' || !args.range) throw new Error('expected { uri, range, snippet }');
  const uri = vscode.Uri.parse(args.uri);
  const document = await vscode.workspace.openTextDocument(uri);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn });
  const converter = server.languageClient?.protocol2CodeConverter;
  const r = args.range;
  const range = converter ? converter.asRange(r) : new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  const ok = await editor.insertSnippet(new vscode.SnippetString(args.snippet), range);
  if (!ok) throw new Error('the editor did not accept the snippet');
}

// Runs the bundled CLI's `grade` command on a folder or a platform's .zip download, with progress,
// shows the report it writes, and offers the files an instructor takes back to the platform.
async function gradeFolder(context: vscode.ExtensionContext, given?: vscode.Uri): Promise<void> {
  const input = given ?? (await pickSubmissions());
  if (!input) return;
  const source = input.fsPath;
  const name = path.basename(source).replace(/\.zip$/i, '');
  const out = outputFolderFor(source);
  const cli = context.asAbsolutePath(path.join('dist', 'cli.js'));
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Grading ${name}`, cancellable: true },
    (progress, token) =>
      new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve, reject) => {
        const child = fork(cli, ['grade', source, '--out', out], { silent: true });
        let stderr = '';
        let stdout = '';
        let pending = '';
        child.stderr?.on('data', (d) => {
          stderr += String(d);
          pending += String(d);
          const lines = pending.split('\n');
          pending = lines.pop() ?? '';
          for (const line of lines) {
            const step = gradeProgressStep(line);
            if (step) progress.report({ increment: 100 / step.total, message: `${step.done} of ${step.total}: ${step.file}` });
          }
        });
        child.stdout?.on('data', (d) => (stdout += String(d)));
        child.on('error', reject);
        child.on('exit', (code) => resolve({ code, stderr, stdout }));
        token.onCancellationRequested(() => child.kill());
      }),
  );
  const report = path.join(out, 'report.html');
  if (!existsSync(report)) {
    const said = (result.stderr || result.stdout).trim().split('\n').slice(0, 3).join(' ');
    if (/unknown command|not a command|usage/i.test(said) || result.code === 2) {
      throw new Error(`this build of groupplan cannot grade folders yet (the CLI has no working "grade" command). It said: ${said || `exit code ${result.code}`}`);
    }
    throw new Error(`the grader wrote no report (exit code ${result.code}). ${said}`);
  }
  showReport(report, name);
  void offerResults(out);
}

// Without a folder from the Explorer: a folder of submissions, or a platform's download as it came.
async function pickSubmissions(): Promise<vscode.Uri | undefined> {
  const kind = await vscode.window.showQuickPick(
    [
      { label: 'A folder of submissions', detail: 'One file or one sub-folder per student, or an unpacked Canvas or Moodle download', zip: false },
      { label: 'A .zip download', detail: 'The class\'s submissions as Canvas or Moodle hand them out, not unpacked', zip: true },
    ],
    { title: 'Grade submitted plans', placeHolder: 'What do the submissions come in?' },
  );
  if (!kind) return undefined;
  const picked = await vscode.window.showOpenDialog(
    kind.zip
      ? { canSelectFiles: true, canSelectFolders: false, canSelectMany: false, filters: { 'Zip archive': ['zip'] }, openLabel: 'Grade this download', title: 'A platform\'s download of submitted plans' }
      : { canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Grade this folder', title: 'Folder of submitted plans' },
  );
  return picked?.[0];
}

// After the report: where the files are, and buttons that open grades.csv, the platform's import
// files and the feedback folder.
async function offerResults(out: string): Promise<void> {
  const files = [
    { label: 'Open grades.csv', file: 'grades.csv' },
    { label: 'Open Canvas import', file: 'canvas-import.csv' },
    { label: 'Open Moodle worksheet', file: 'moodle-worksheet.csv' },
  ].filter((f) => existsSync(path.join(out, f.file)));
  const feedback = 'Show feedback folder';
  const choice = await vscode.window.showInformationMessage(`Graded. Reports, grades and feedback are in ${out}.`, ...files.map((f) => f.label), feedback);
  if (choice === feedback) await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(path.join(out, 'feedback')));
  const file = files.find((f) => f.label === choice);
  if (file) await vscode.window.showTextDocument(vscode.Uri.file(path.join(out, file.file)), { preview: false });
}

// Shows the grader's HTML report in a webview. A report that carries its own strict CSP (the
// grader's: style and script allowed by hash only) keeps it and its sorting script; any other HTML
// gets a CSP that allows no script at all.
function showReport(file: string, folderName: string): void {
  let html = readFileSync(file, 'utf8');
  const ownCsp = hasStrictCsp(html);
  const dir = vscode.Uri.file(path.dirname(file));
  const panel = vscode.window.createWebviewPanel('groupplan.gradeReport', `Grades: ${folderName}`, vscode.ViewColumn.Active, { enableScripts: ownCsp, localResourceRoots: [dir] });
  if (!ownCsp) {
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${panel.webview.cspSource} 'unsafe-inline'; img-src ${panel.webview.cspSource} data:; font-src ${panel.webview.cspSource}">`;
    html = html.replace(/<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi, '');
    html = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => `${m}${csp}`) : `${csp}${html}`;
  }
  panel.webview.html = html;
}
