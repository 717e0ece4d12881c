// Script of the skills preview webview. Renders with DOM nodes and textContent only, so no plan
// text or data is ever parsed as HTML.
import type { DynamicCoverage, PreviewPersisted, PreviewRequest, PreviewState } from '../protocol';

interface VsCodeApi {
  postMessage(message: PreviewRequest): void;
  getState(): PreviewPersisted | undefined;
  setState(state: PreviewPersisted): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const list = document.getElementById('dynamics') as HTMLOListElement;
const filter = document.getElementById('filter') as HTMLInputElement;
const planLine = document.getElementById('plan') as HTMLParagraphElement;
let state: PreviewState | undefined;
let persisted: PreviewPersisted = vscode.getState() ?? {};

filter.value = persisted.filter ?? '';
filter.addEventListener('input', () => {
  save({ filter: filter.value });
  applyFilter();
});

window.addEventListener('message', (event: MessageEvent<PreviewState>) => {
  if (event.data?.type !== 'state') return;
  state = event.data;
  save({ uri: state.plan?.uri });
  render();
});

function save(patch: PreviewPersisted): void {
  persisted = { ...persisted, ...patch };
  vscode.setState(persisted);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// Draws the plan line and the nine dynamics from the last state.
function render(): void {
  if (!state) return;
  const covered = state.dynamics.filter((d) => d.addressed).length;
  planLine.replaceChildren();
  if (state.plan?.isPlan) {
    planLine.append(el('strong', undefined, state.plan.name), document.createTextNode(` addresses ${covered} of ${state.dynamics.length} dynamics.`));
  }
  if (state.notice) planLine.append(el('span', 'notice', state.notice));
  list.replaceChildren(...state.dynamics.map((d) => renderDynamic(d, Boolean(state?.plan?.isPlan))));
  applyFilter();
}

function renderDynamic(d: DynamicCoverage, showCoverage: boolean): HTMLLIElement {
  const item = el('li', 'dynamic');
  item.dataset.id = d.id;
  if (showCoverage) item.classList.add(d.addressed ? 'covered' : 'uncovered');
  const head = el('div', 'head');
  if (d.addressed && d.ranges.length > 0) {
    const name = el('button', 'name link', d.name);
    name.title = `Show where the plan addresses ${d.name.toLowerCase()} (${d.ranges.length} ${d.ranges.length === 1 ? 'place' : 'places'})`;
    name.addEventListener('click', () => vscode.postMessage({ type: 'reveal', id: d.id, index: -1 }));
    head.append(name);
  } else {
    head.append(el('span', 'name', d.name));
  }
  if (showCoverage) head.append(el('span', `badge ${d.addressed ? 'badge-covered' : 'badge-uncovered'}`, d.addressed ? 'Addressed in the plan' : 'Not yet addressed'));
  item.append(head);
  if (showCoverage && d.addressed && d.because?.length) item.append(el('p', 'because', `Read from the words: ${d.because.join(', ')}`));
  item.append(el('p', 'summary', d.summary));
  const skills = el('ul', 'skills');
  skills.setAttribute('aria-label', `Worker skills for ${d.name}`);
  d.skills.forEach((skill, i) => {
    const li = el('li', 'skill');
    const button = el('button', 'skill-button', skill);
    button.title = 'Insert a sentence based on this skill at the cursor in the plan';
    button.addEventListener('click', () => vscode.postMessage({ type: 'insertSkill', id: d.id, skill: i }));
    li.append(button);
    skills.append(li);
  });
  item.append(skills);
  return item;
}

// Hides dynamics and skills that do not contain every word of the filter.
function applyFilter(): void {
  const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const item of Array.from(list.children) as HTMLElement[]) {
    const head = (item.querySelector('.head')?.textContent ?? '') + ' ' + (item.querySelector('.summary')?.textContent ?? '');
    const skillItems = Array.from(item.querySelectorAll<HTMLElement>('.skill'));
    const matches = (text: string) => words.every((w) => text.toLowerCase().includes(w));
    const headMatches = matches(head);
    let anySkill = false;
    for (const s of skillItems) {
      const ok = headMatches || matches(s.textContent ?? '');
      s.hidden = !ok;
      anySkill ||= ok;
    }
    item.hidden = !(headMatches || anySkill);
    if (!item.hidden) shown++;
  }
  document.body.classList.toggle('no-match', shown === 0);
}

vscode.postMessage({ type: 'ready' });
