// The proof that every regular expression the engine runs matches in linear time on V8's backtracking
// engine, in two parts:
//
// 1. The pattern with each lookaround assertion replaced by an empty group (the "main" pattern) is
//    shown linear, under RegExp.prototype.exec's search from every start position, by the project's
//    decision procedure (scripts/linear-check.mjs) or, where that cannot tell, by the automaton
//    checker of recheck, a maintained ReDoS checker. A lookaround only prunes the backtracking tree
//    of the main pattern (it is atomic: once it succeeds, nothing backtracks into it), so the pattern
//    visits no more states than the main pattern does.
// 2. Every lookaround body, searched from one position (a lookbehind's read backwards, as V8 matches
//    it), is shown linear in the same way, and matches at most a bounded number of characters, so
//    each evaluation costs a constant whatever the input's length; or the lookahead comes straight
//    after a "^" that starts one of the pattern's top-level alternatives (without the m flag), so it
//    runs at most once per search.
//
// Backreferences are refused outright. The test runs all of this on every pattern, except recheck,
// which takes minutes: its verdicts are recorded by `npm run check:patterns -- --write` in
// test/unit/pattern-proofs.json, keyed by the exact source and flags, so a changed pattern needs a new
// verdict.
//
// Two patterns come from a dependency (mdast-util-gfm-autolink-literal, which finds bare URLs and
// e-mail addresses) and rely on a lookbehind to start only at the beginning of a word, which the
// emptied main pattern cannot show; test/unit/pattern-safety.test.ts times them on the inputs that
// would be quadratic without it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegExpParser } from '@eslint-community/regexpp';

const parser = new RegExpParser({ ecmaVersion: 2024 });

/** The flags that matter to the proof: g and d do not change how one match is searched for (y does: it tries one start position only). */
export const checkedFlags = (flags) => flags.replace(/[gd]/g, '');

/** The longest text a node can match, Infinity when unbounded. */
function maxLength(node) {
  switch (node.type) {
    case 'Character':
    case 'CharacterSet':
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
      return 1;
    case 'Assertion':
      return 0;
    case 'Backreference':
      return Infinity;
    case 'Alternative':
      return node.elements.reduce((n, e) => n + maxLength(e), 0);
    case 'Group':
    case 'CapturingGroup':
    case 'Pattern':
      return Math.max(0, ...node.alternatives.map(maxLength));
    case 'Quantifier': {
      const each = maxLength(node.element);
      if (each === 0) return 0;
      return node.max === Infinity ? Infinity : each * node.max;
    }
    default:
      throw new Error(`unexpected node ${node.type}`);
  }
}

function walk(node, visit) {
  visit(node);
  for (const key of ['alternatives', 'elements']) for (const child of node[key] ?? []) walk(child, visit);
  if (node.type === 'Quantifier') walk(node.element, visit);
}

/**
 * Splits a pattern into what the proof needs: the main pattern (lookarounds emptied), each lookaround
 * with the longest text its body can match, and any backreferences (which the proof does not allow).
 */
export function decompose(source, flags) {
  const ast = parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  const lookarounds = [];
  let backreferences = 0;
  walk(ast, (node) => {
    if (node.type === 'Backreference') backreferences++;
    if (node.type === 'Assertion' && (node.kind === 'lookahead' || node.kind === 'lookbehind')) lookarounds.push(node);
  });
  // Lookaheads straight after a leading "^" run once per search (without the m flag, "^" fails
  // everywhere but at the start).
  const once = new Set();
  if (!flags.includes('m')) {
    for (const alt of ast.alternatives) {
      if (alt.elements[0]?.type !== 'Assertion' || alt.elements[0].kind !== 'start') continue;
      for (const e of alt.elements.slice(1)) {
        if (e.type !== 'Assertion' || e.kind !== 'lookahead') break;
        once.add(e);
      }
    }
  }
  // Outermost lookarounds only: an inner one is removed with its outer one.
  const outer = lookarounds.filter((l) => !lookarounds.some((o) => o !== l && o.start <= l.start && l.end <= o.end));
  let main = '';
  let at = 0;
  for (const l of outer.sort((a, b) => a.start - b.start)) {
    main += source.slice(at, l.start) + '(?:)';
    at = l.end;
  }
  main += source.slice(at);
  return {
    main,
    nodes: lookarounds,
    lookarounds: lookarounds.map((l) => ({
      text: l.raw,
      longest: Math.max(0, ...l.alternatives.map(maxLength)),
      once: once.has(l),
    })),
    backreferences,
  };
}

/** Why the structural half of the proof fails for a pattern, or undefined when it holds. */
export function structuralProblem(source, flags) {
  const d = decompose(source, flags);
  if (d.backreferences > 0) return 'uses a backreference';
  const open = d.lookarounds.find((l) => l.longest === Infinity && !l.once);
  if (open) return `lookaround ${open.text.slice(0, 80)} can match text of any length`;
  return undefined;
}

// The source of a node read backwards (as V8 matches a lookbehind), lookarounds inside it emptied.
function reversed(node) {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return `(?:${node.alternatives.map(reversed).join('|')})`;
    case 'Alternative':
      return node.elements.map(reversed).reverse().join('');
    case 'Quantifier':
      return `(?:${reversed(node.element)})${node.raw.slice(node.element.raw.length)}`;
    case 'Assertion':
      if (node.kind === 'lookahead' || node.kind === 'lookbehind') return '(?:)';
      return node.kind === 'start' ? '$' : node.kind === 'end' ? '^' : node.raw;
    default:
      return node.raw;
  }
}

/**
 * Every [source, flags] that must be shown linear for this pattern to be proved: the main pattern,
 * and each lookaround's body as a search from one position (a lookbehind's read backwards), so that
 * each evaluation of it costs at most a constant times the (bounded) text it reads.
 */
export function patternsToProve(source, flags) {
  const d = decompose(source, flags);
  const single = flags.replace(/[gdmy]/g, '');
  const bodies = d.nodes.map((l) => `^(?:${l.kind === 'lookbehind' ? l.alternatives.map(reversed).join('|') : l.alternatives.map((a) => a.raw).join('|')})`);
  return [[d.main, checkedFlags(flags)], ...bodies.map((b) => [decompose(b, single).main, single])];
}

/** Patterns from dependencies, outside the proof (see above), by source. */
export const THIRD_PARTY = new Set([
  String.raw`(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)`,
  String.raw`(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)`,
]);

/** The key a pattern's recheck verdict is recorded under. */
export const proofKey = (source, flags) => `/${source}/${checkedFlags(flags)}`;

/**
 * Every regular expression `checkPlan` executes while it checks the samples and every labelled corpus
 * line (as norms, as a purpose and as session text), and every lexicon pattern the engine indexes
 * (`indexed`, run or not), as [source, flags] pairs.
 */
export function collectPatterns(checkPlan, root, indexed = []) {
  const seen = new Map();
  for (const re of indexed) seen.set(`${re.flags}/${re.source}`, [re.source, re.flags]);
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (s) {
    const key = `${this.flags}/${this.source}`;
    if (!seen.has(key)) seen.set(key, [this.source, this.flags]);
    return exec.call(this, s);
  };
  try {
    const files = [];
    const walkDir = (d) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walkDir(p);
        else if (/\.(md|tsv)$/.test(e.name)) files.push(p);
      }
    };
    walkDir(join(root, 'samples'));
    walkDir(join(root, 'test/corpus'));
    for (const f of files.sort()) {
      const text = readFileSync(f, 'utf8');
      if (f.endsWith('.md')) {
        checkPlan(text);
        continue;
      }
      const lines = text.split('\n').slice(1).map((l) => l.split('\t')[1]).filter(Boolean);
      for (let i = 0; i < lines.length; i += 40) {
        const chunk = lines.slice(i, i + 40);
        checkPlan(`# Plan\n\n## Purpose\n\n${chunk[0]}\n\n## Norms\n\n${chunk.map((l) => `- ${l}`).join('\n')}\n\n## Sessions\n\n${chunk.join(' ')}\n`);
      }
    }
  } finally {
    RegExp.prototype.exec = exec;
  }
  return [...seen.values()];
}
