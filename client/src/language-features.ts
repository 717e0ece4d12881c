// Static help while writing: hover on a dynamic's name shows its skills; completion offers the nine
// dynamics in plans and the norm ids in plans' norms lists and in config files.
import * as vscode from 'vscode';
import { DYNAMICS, type Dynamic } from '../../server/src/engine/dynamics-data';
import { NORM_CATALOGUE } from '../../server/src/engine/norms/catalogue';
import type { GroupPlanServer } from './server';
import { innermostOpen, SKILLS_SOURCE } from './text';

export interface NormInfo {
  id: string;
  name: string;
  dynamic: string;
  text: string;
}

/** Every norm id, from the engine's lexicon, so completion offers the sentence the quick fix uses. */
export const NORMS: NormInfo[] = NORM_CATALOGUE.map((n) => ({ id: n.id, name: n.title, dynamic: n.serves, text: n.text }));

/** Words people write for each dynamic, longest first so "all in the same boat" wins over "same boat". */
const DYNAMIC_NAMES: { re: RegExp; dynamic: Dynamic }[] = DYNAMICS.map((d) => {
  const base = d.name.replace(/^The /i, '').toLowerCase();
  const extra: Record<string, string[]> = { 'taboo-area': ['taboo areas?'], 'same-boat': ['same boat'], 'individual-problem-solving': ['individual problem[- ]solving'] };
  const variants = [`(?:the )?${escape(base)}`, ...(extra[d.id] ?? [])];
  return { re: new RegExp(`\\b(?:${variants.join('|')})\\b`, 'gi'), dynamic: d };
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The dynamic whose name covers `character` on the line, with its span. */
export function dynamicAt(line: string, character: number): { dynamic: Dynamic; start: number; end: number } | undefined {
  for (const { re, dynamic } of DYNAMIC_NAMES) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      if (character >= m.index && character <= m.index + m[0].length) return { dynamic, start: m.index, end: m.index + m[0].length };
    }
  }
  return undefined;
}

/** The hover text for a dynamic: what it is and the skills that set it in motion. */
export function dynamicHover(d: Dynamic): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${d.name}** (a dynamic of mutual aid)\n\n`);
  md.appendText(d.summary);
  md.appendMarkdown('\n\nWorker skills that set it in motion:\n\n');
  for (const s of d.skills) {
    md.appendMarkdown('- ');
    md.appendText(s);
    md.appendMarkdown('\n');
  }
  md.appendMarkdown('\n*');
  md.appendText(`${SKILLS_SOURCE}.`);
  md.appendMarkdown('*');
  return md;
}

// True when the server says the document is a plan, so ordinary Markdown stays quiet.
function isPlan(server: GroupPlanServer, document: vscode.TextDocument): boolean {
  return server.statuses.get(document.uri.toString())?.isPlan === true;
}

// The heading of the section the line is in, if any.
function sectionHeading(document: vscode.TextDocument, line: number): string | undefined {
  for (let i = line; i >= 0; i--) {
    const m = /^\s{0,3}#{1,6}\s+(.*)$/.exec(document.lineAt(i).text);
    if (m) return m[1];
  }
  return undefined;
}

const NORMS_HEADING = /\b(norms?|ground rules?|agreements?|guidelines?|rules|expectations)\b/i;

export function registerLanguageFeatures(server: GroupPlanServer): vscode.Disposable[] {
  const markdown: vscode.DocumentSelector = { language: 'markdown' };
  const configFiles: vscode.DocumentSelector = [{ pattern: '**/.groupplan.{json,jsonc,yaml,yml}' }];
  return [
    vscode.languages.registerHoverProvider(markdown, {
      provideHover(document, position) {
        if (!isPlan(server, document)) return undefined;
        const hit = dynamicAt(document.lineAt(position.line).text, position.character);
        if (!hit) return undefined;
        return new vscode.Hover(dynamicHover(hit.dynamic), new vscode.Range(position.line, hit.start, position.line, hit.end));
      },
    }),
    vscode.languages.registerCompletionItemProvider(markdown, {
      provideCompletionItems(document, position) {
        if (!isPlan(server, document)) return undefined;
        const line = document.lineAt(position.line).text;
        if (/^\s*<!--/.test(line) || position.line === 0 || inFrontMatter(document, position.line)) return undefined;
        const items: vscode.CompletionItem[] = [];
        const prefix = line.slice(0, position.character);
        const heading = sectionHeading(document, position.line);
        // In a norms list, a norm id completes to the norm written out.
        if (heading && NORMS_HEADING.test(heading) && /^\s*(?:[-*+]|\d+[.)])\s+[\w-]*$/.test(prefix)) {
          const word = /[\w-]*$/.exec(prefix)?.[0] ?? '';
          const range = new vscode.Range(position.line, position.character - word.length, position.line, position.character);
          for (const n of NORMS) {
            const item = new vscode.CompletionItem({ label: n.id, description: n.name }, vscode.CompletionItemKind.Value);
            item.insertText = n.text;
            item.filterText = `${n.id} ${n.name}`;
            item.range = range;
            item.detail = `Norm: ${n.name} (serves ${n.dynamic})`;
            item.documentation = new vscode.MarkdownString().appendText(n.text);
            items.push(item);
          }
          return items;
        }
        const word = document.getWordRangeAtPosition(position, /[A-Za-z][A-Za-z -]*/);
        const typed = word ? document.getText(new vscode.Range(word.start, position)) : '';
        // Only the last few words count as what is being typed.
        const tail = /(?:\b[A-Za-z-]+\s?){1,4}$/.exec(typed)?.[0] ?? '';
        const start = position.translate(0, -tail.length);
        for (const d of DYNAMICS) {
          const label = d.name.replace(/^The /, '').toLowerCase();
          const item = new vscode.CompletionItem({ label, description: 'dynamic of mutual aid' }, vscode.CompletionItemKind.Keyword);
          item.range = new vscode.Range(start, position);
          item.filterText = label;
          item.detail = d.name;
          item.documentation = dynamicHover(d);
          items.push(item);
        }
        return items;
      },
    }),
    vscode.languages.registerCompletionItemProvider(
      configFiles,
      {
        provideCompletionItems(document, position) {
          const prefix = document.lineAt(position.line).text.slice(0, position.character);
          // A list item in YAML, or a string inside a JSON array: where lists of norm ids are written.
          const yaml = /\.ya?ml$/i.test(document.uri.path);
          const m = yaml ? /^\s*-\s*["']?([\w-]*)$/.exec(prefix) : /"([\w-]*)$/.exec(prefix);
          if (!m) return undefined;
          if (!yaml && innermostOpen(document.getText(new vscode.Range(new vscode.Position(0, 0), position))) !== '[') return undefined;
          const range = new vscode.Range(position.line, position.character - m[1].length, position.line, position.character);
          return NORMS.map((n) => {
            const item = new vscode.CompletionItem({ label: n.id, description: n.name }, vscode.CompletionItemKind.EnumMember);
            item.range = range;
            item.detail = `Norm id: ${n.name} (serves ${n.dynamic})`;
            item.documentation = new vscode.MarkdownString().appendText(n.text);
            return item;
          });
        },
      },
      '"',
      "'",
      '-',
    ),
  ];
}

function inFrontMatter(document: vscode.TextDocument, line: number): boolean {
  if (!/^---\s*$/.test(document.lineAt(0).text)) return false;
  for (let i = 1; i < Math.min(document.lineCount, 200); i++) {
    if (/^(---|\.\.\.)\s*$/.test(document.lineAt(i).text)) return line < i;
  }
  return false;
}

