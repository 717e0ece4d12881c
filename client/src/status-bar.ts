// The status bar item: on a plan, its findings count; a click opens the skills preview.
import * as vscode from 'vscode';
import type { GroupPlanServer } from './server';
import { statusText, statusTooltip } from './text';

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
