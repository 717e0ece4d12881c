// Renders the class report as one self-contained HTML page: no network access, a strict
// Content-Security-Policy that allows only the page's own style and script (by hash), and every
// piece of student text escaped.
import { calibrationSummary, type Agreement, type Calibration } from './calibrate';
import { createHash } from 'node:crypto';
import type { ClassReport, StudentReport } from './report';
import { scoreText } from '../engine/grade/score';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const e = escapeHtml;
const sha256 = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

const STYLE = `
:root { color-scheme: light; --ink: #1d2433; --muted: #5b6478; --line: #d9dee8; --accent: #2f6db5; --warn: #b26b00; --err: #b3261e; --ok: #2e7d32; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 0; background: #f6f7fb; }
header, main { max-width: 1240px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.2em; margin: 28px 0 10px; }
.muted { color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 120px; }
.card b { display: block; font-size: 1.5em; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.panel h2 { margin-top: 4px; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th { vertical-align: bottom; }
thead th.crit { font-size: 0.85em; min-width: 5.5em; white-space: normal; }
td.file { overflow-wrap: anywhere; min-width: 10em; max-width: 16em; }
#class-table td:first-child { white-space: nowrap; }
.table-wrap { overflow-x: auto; }
#calibration { margin-bottom: 16px; }
details.warnings { margin: 0 0 16px; }
details.warnings summary { cursor: pointer; color: var(--warn); font-weight: 600; }
thead th { background: #eef1f7; position: sticky; top: 0; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th button::after { content: " \\2195"; color: var(--muted); font-weight: 400; }
th[aria-sort="ascending"] button::after { content: " \\2191"; color: var(--ink); }
th[aria-sort="descending"] button::after { content: " \\2193"; color: var(--ink); }
.bar { fill: var(--accent); }
.bar-rule { fill: #6a8fc9; }
.axis { stroke: var(--muted); stroke-width: 1; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg text.small { font-size: 11px; fill: var(--muted); }
details.student { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 10px 0; padding: 8px 14px; }
details.student summary { cursor: pointer; font-weight: 600; }
blockquote.purpose { margin: 8px 0; padding: 8px 12px; border-left: 4px solid var(--accent); background: #f3f6fc; }
mark { background: #fff1a8; padding: 0 2px; }
.sev-error { color: var(--err); font-weight: 600; }
.sev-warning { color: var(--warn); font-weight: 600; }
.sev-info { color: var(--accent); font-weight: 600; }
ul.findings li { margin: 4px 0; }
code { font-size: 0.92em; background: #eef1f7; padding: 0 3px; border-radius: 3px; }
.skipped td:last-child { color: var(--err); }
`;

// Sorts the class table when a column header is clicked; numbers numerically, text alphabetically.
const SCRIPT = `
(function () {
  var table = document.getElementById('class-table');
  if (!table) return;
  var heads = table.querySelectorAll('thead th');
  heads.forEach(function (th, col) {
    var button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', function () {
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute('data-sort'), y = b.cells[col].getAttribute('data-sort');
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
`;

// Bar chart of how many students fall in each 10% band of the total.
function distributionSvg(counts: number[]): string {
  const w = 460;
  const h = 220;
  const left = 34;
  const bottom = 34;
  const top = 12;
  const max = Math.max(1, ...counts);
  const bw = (w - left - 10) / counts.length;
  const parts: string[] = [];
  parts.push(`<line class="axis" x1="${left}" y1="${h - bottom}" x2="${w - 6}" y2="${h - bottom}"/>`);
  counts.forEach((n, i) => {
    const bh = ((h - bottom - top) * n) / max;
    const x = left + i * bw + 3;
    const y = h - bottom - bh;
    const label = `${i * 10}–${i === counts.length - 1 ? 100 : i * 10 + 9}%`;
    parts.push(`<rect class="bar" data-count="${n}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(bw - 6).toFixed(1)}" height="${bh.toFixed(1)}"><title>${label}: ${n} student${n === 1 ? '' : 's'}</title></rect>`);
    if (n > 0) parts.push(`<text x="${(x + (bw - 6) / 2).toFixed(1)}" y="${(y - 3).toFixed(1)}" text-anchor="middle">${n}</text>`);
    parts.push(`<text class="small" x="${(x + (bw - 6) / 2).toFixed(1)}" y="${h - bottom + 14}" text-anchor="middle">${i * 10}</text>`);
  });
  parts.push(`<text class="small" x="${w - 6}" y="${h - 4}" text-anchor="end">total score, % of the maximum</text>`);
  return `<svg id="score-chart" role="img" aria-labelledby="score-chart-title" viewBox="0 0 ${w} ${h}" width="100%" height="${h}"><title id="score-chart-title">Score distribution</title>${parts.join('')}</svg>`;
}

// Horizontal bars: for each rule, how many students it fired for.
function rulesSvg(rules: ClassReport['rules'], students: number): string {
  const rowH = 24;
  const labelW = 210;
  const w = 460;
  const h = Math.max(40, rules.length * rowH + 24);
  const max = Math.max(1, students);
  const parts: string[] = [];
  rules.forEach((r, i) => {
    const y = 6 + i * rowH;
    const bw = ((w - labelW - 50) * r.students) / max;
    parts.push(`<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${e(r.ruleId)}</text>`);
    parts.push(`<rect class="bar-rule" data-rule="${e(r.ruleId)}" x="${labelW}" y="${y + 3}" width="${bw.toFixed(1)}" height="${rowH - 8}"><title>${e(r.ruleId)}: ${r.students} of ${students} students, ${r.findings} finding${r.findings === 1 ? '' : 's'}</title></rect>`);
    parts.push(`<text class="small" x="${(labelW + bw + 4).toFixed(1)}" y="${y + 15}">${r.students} (${r.findings})</text>`);
  });
  if (rules.length === 0) parts.push('<text x="10" y="24">No rule fired.</text>');
  return `<svg id="rule-chart" role="img" aria-labelledby="rule-chart-title" viewBox="0 0 ${w} ${h}" width="100%" height="${h}"><title id="rule-chart-title">How often each rule fired</title>${parts.join('')}</svg>`;
}

function studentDetail(s: StudentReport, file: string): string {
  const purpose = s.purpose
    ? `<p class="muted">Purpose statement (line ${s.purpose.line}${s.purpose.endLine > s.purpose.line ? `–${s.purpose.endLine}` : ''}):</p><blockquote class="purpose"><mark>${e(s.purpose.text).replace(/\n/g, '<br>')}</mark></blockquote>`
    : '<p class="sev-error">No purpose statement was found.</p>';
  const crit = s.criteria.map((c) => `<li>${e(c.title)}: <b>${scoreText(c)}</b>${c.findings.length ? ` (${c.findings.length} finding${c.findings.length === 1 ? '' : 's'})` : ''}</li>`).join('');
  const findings = s.findings.length
    ? `<ul class="findings">${s.findings.map((f) => `<li><span class="sev-${f.severity}">line ${f.line}</span> <code>${e(f.ruleId)}</code> ${e(f.message)}${f.criterion ? '' : ' <span class="muted">(not scored)</span>'}</li>`).join('')}</ul>`
    : '<p>Nothing was flagged.</p>';
  const strengths = s.strengths.length ? `<ul>${s.strengths.map((x) => `<li>${e(x)}</li>`).join('')}</ul>` : '<p class="muted">None found yet.</p>';
  return `<details class="student" id="s-${e(anchorOf(s.slug))}"><summary>${e(s.student)}: ${s.total} / ${s.max} <span class="muted">(${e(file)})</span></summary>
${purpose}
<h3>Scores</h3><ul>${crit}</ul>
<h3>Findings</h3>${findings}
<h3>Strengths</h3>${strengths}
<p><a href="${e(s.feedback)}">Feedback file</a></p>
</details>`;
}

export function renderHtml(report: ClassReport): string {
  const crit = report.rubric.criteria;
  // Files are shown from the submissions folder down: the folders above it are the same for everyone.
  const files = [...report.students.map((s) => s.file), ...report.skipped.map((k) => k.file)];
  const common = commonFolder(files);
  const shortPath = (f: string): string => f.slice(common.length);
  const head = [
    '<th><button type="button">Student</button></th>',
    '<th><button type="button">File</button></th>',
    '<th class="num"><button type="button">Total</button></th>',
    ...crit.map((c) => `<th class="num crit" title="${e(c.title)} (${c.points} points)"><button type="button">${e(c.title)}</button></th>`),
    '<th class="num" title="Findings the rubric scored"><button type="button">Findings</button></th>',
  ].join('');
  const rows = report.students
    .map((s) => {
      const byId = new Map(s.criteria.map((c) => [c.id, c]));
      const cells = crit.map((c) => {
        const sc = byId.get(c.id)!;
        return sc.marked === false ? '<td class="num muted" data-sort="-1">not marked</td>' : `<td class="num" data-sort="${sc.score}">${sc.score}</td>`;
      });
      return `<tr><td data-sort="${e(s.student.toLowerCase())}"><a href="#s-${e(anchorOf(s.slug))}">${e(s.student)}</a></td><td class="file" data-sort="${e(s.file)}">${e(shortPath(s.file))}</td><td class="num" data-sort="${s.total}">${s.total} / ${s.max}</td>${cells.join('')}<td class="num" data-sort="${s.scoredFindings}">${s.scoredFindings}</td></tr>`;
    })
    .join('\n');
  const sm = report.summary;
  const fmt = (n: number | null): string => (n === null ? '–' : String(n));
  const skipped = report.skipped.length
    ? `<h2>Not graded (${report.skipped.length})</h2><table id="skipped-table"><thead><tr><th>Student</th><th>File</th><th>Reason</th></tr></thead><tbody>${report.skipped.map((k) => `<tr class="skipped"><td>${e(k.student)}</td><td class="file">${e(shortPath(k.file))}</td><td>The file ${e(k.reason)}.</td></tr>`).join('')}</tbody></table>`
    : '';
  const warnings = report.warnings.length
    ? `<details class="panel warnings"><summary>${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'} about the rubric</summary><ul>${report.warnings.map((w) => `<li>${e(w)}</li>`).join('')}</ul></details>`
    : '';
  const csp = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Class report: ${e(report.rubric.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Class report</h1>
<p class="muted">Rubric: ${e(report.rubric.title)} · ${crit.map((c) => `${e(c.title)} (${c.points})`).join(' · ')}</p>
</header>
<main>
<div class="cards">
<div class="card"><b>${sm.graded}</b>graded</div>
<div class="card"><b>${sm.skipped}</b>not graded</div>
<div class="card"><b>${fmt(sm.mean)}</b>mean</div>
<div class="card"><b>${fmt(sm.median)}</b>median</div>
<div class="card"><b>${fmt(sm.lowest)}–${fmt(sm.highest)}</b>range</div>
</div>
${warnings}
${report.calibration ? calibrationHtml(report.calibration) : ''}
<div class="charts">
<section class="panel"><h2>Score distribution</h2>${distributionSvg(sm.distribution)}</section>
<section class="panel"><h2>How often each rule fired</h2><p class="muted">Students with at least one finding (findings in brackets).</p>${rulesSvg(report.rules, sm.graded)}</section>
</div>
<h2>Class</h2>
<p class="muted">Click a column header to sort.</p>
<div class="table-wrap"><table id="class-table"><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table></div>
${skipped}
<h2>Students</h2>
${report.students.map((s) => studentDetail(s, shortPath(s.file))).join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

// How far groupplan agrees with the instructor's own marks (`--calibrate`), in a table and in words.
function calibrationHtml(c: Calibration): string {
  const num = (n: number | null): string => (n === null ? '–' : String(n));
  const row = (what: string, a: Agreement & { max: number }): string =>
    `<tr><td>${e(what)}</td><td class="num">${a.n}</td><td class="num">${num(a.spearman)}</td><td class="num">${num(a.meanAbsDiff)} / ${a.max}</td><td class="num">${a.meanDiff === null ? '–' : a.meanDiff > 0 ? `+${a.meanDiff}` : String(a.meanDiff)}</td></tr>`;
  const rows = [row('Total', c.total), ...c.criteria.map((k) => row(k.title, k))].join('');
  const notes = [
    c.unmatched.length ? `No graded submission for ${c.unmatched.length} row${c.unmatched.length === 1 ? '' : 's'} of the marks file: ${e(c.unmatched.join(', '))}.` : '',
    c.ignoredColumns.length ? `Columns not compared (neither the total nor a criterion): ${e(c.ignoredColumns.join(', '))}.` : '',
  ].filter(Boolean);
  return `<section class="panel" id="calibration"><h2>Agreement with your marks</h2>
<p>${e(calibrationSummary(c))}</p>
<p class="muted">Rank correlation: 1 when groupplan puts the submissions you marked in the same order as you, 0 when its order is unrelated to yours. The mean difference is groupplan's mark minus yours.</p>
<table id="calibration-table"><thead><tr><th>Marks</th><th class="num">Submissions</th><th class="num">Rank correlation</th><th class="num">Mean difference (either way)</th><th class="num">Mean difference</th></tr></thead><tbody>${rows}</tbody></table>
${notes.map((n) => `<p class="muted">${n}</p>`).join('')}
</section>`;
}

/** The folder path (ending in "/") that every file starts with; empty when they share none. */
export function commonFolder(files: string[]): string {
  if (files.length === 0) return '';
  let prefix = files[0].slice(0, files[0].lastIndexOf('/') + 1);
  for (const f of files) while (prefix && !f.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1);
  return prefix;
}

/** An element id for a student's detail: their feedback name, with white space (not allowed in ids) as "_". */
const anchorOf = (slug: string): string => slug.replace(/\s/g, '_');
