// The status bar item: on a plan, its findings count; a click opens the skills preview.
import * as vscode from 'vscode';
import type { PlanStatus } from './protocol';
import type { GroupPlanServer } from './server';

/** The item's text for a plan's status, with codicons. */
export function statusText(s: PlanStatus): string {
  const total = s.errors + s.warnings + s.infos;
  if (total === 0) return '$(pass) Group plan: no findings';
  const parts: string[] = [];
  if (s.errors) parts.push(`$(error) ${s.errors}`);
  if (s.warnings) parts.push(`$(warning) ${s.warnings}`);
  if (s.infos) parts.push(`$(info) ${s.infos}`);
  return `Group plan: ${parts.join(' ')}`;
}

export function statusTooltip(s: PlanStatus): string {
  const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
  return `Group plan: ${n(s.errors, 'error')}, ${n(s.warnings, 'warning')}, ${n(s.infos, 'suggestion')}. Click to show the mutual-aid skills and this plan's coverage.`;
}

export class PlanStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('groupplan.status', vscode.StatusBarAlignment.Left, 10);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly server: GroupPlanServer) {
    this.item.name = 'Group Plan';
    this.item.command = 'groupplan.showSkills';
    this.disposables.push(
      server.onStatus(() => this.update()),
      server.onRunning(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  // Shows the item for the active editor's plan and hides it elsewhere.
  update(): void {
    const editor = vscode.window.activeTextEditor;
    const status = editor ? this.server.statuses.get(editor.document.uri.toString()) : undefined;
    if (!status || !status.isPlan) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(status);
    this.item.tooltip = statusTooltip(status);
    this.item.backgroundColor = status.errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
