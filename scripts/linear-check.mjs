// A decision procedure for one question: does V8's backtracking engine, searching a string with this
// pattern (RegExp.prototype.exec: every start position in turn), do at most a constant amount of work
// per character of the input, whatever the input? It is the ambiguity criterion of Weber and Seidl as
// applied to backtracking matchers by Weideman, van der Merwe, Berglund and Watson (2016): the work is
// the number of paths the matcher's automaton has over the input's prefixes, which is linear exactly
// when the automaton has neither exponential (EDA) nor infinite degree-of-ambiguity (IDA) structure.
// recheck's automaton checker asks the same question; this one is built for the shapes the lexicons
// use (bounded repetitions such as `(?:\w+\s+){0,6}` and `[^.;]{0,120}`, which recheck expands into
// automata too large to finish), by looking for EDA and IDA only among the states that lie on cycles,
// which bounded repetitions never create.
//
// The automaton read here:
// - a position automaton of the pattern, bounded repetitions expanded (`x{0,2}` as `(?:x(?:x)?)?`, one
//   path per count of repetitions, as V8's counted loop runs them), every start position modelled by
//   a state before the pattern that reads any character (so a pattern that can scan far from every
//   start, such as `\s*x`, is found quadratic), except under the y flag, which tries one start only;
// - each state paired with the kind of the character before it (start of input, word character, line
//   terminator, other), so that `\b`, `\B`, `^` and `$` are decided exactly as V8 decides them;
// - characters grouped into classes that no character set in the pattern tells apart; the `i` flag is
//   over-approximated (a set also takes its letters' other cases, a negated set is not narrowed), which
//   only adds paths.
// Over-approximations only add paths, so "linear" is sound; "not linear" may be a false alarm.
// Lookarounds must already be emptied (scripts/pattern-safety.mjs) and back-references are refused.
import { RegExpParser } from '@eslint-community/regexpp';

const parser = new RegExpParser({ ecmaVersion: 2024 });
const LIMIT = 200_000; // states, transitions or search steps before the procedure gives up

// Character kinds, for assertions.
const START = 0;
const WORD = 1;
const LT = 2;
const OTHER = 3;

const SPACE = [[9, 13], [32, 32], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];
const DIGIT = [[48, 57]];
const WORD_RANGES = [[48, 57], [65, 90], [95, 95], [97, 122]];
const LINE_TERMINATORS = [[10, 10], [13, 13], [0x2028, 0x2029]];

function normalise(ranges) {
  const sorted = ranges.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  const out = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
const negate = (ranges, max) => {
  const out = [];
  let at = 0;
  for (const [a, b] of normalise(ranges)) {
    if (a > at) out.push([at, a - 1]);
    at = b + 1;
  }
  if (at <= max) out.push([at, max]);
  return out;
};

const propertyCache = new Map();
function propertyRanges(raw) {
  if (propertyCache.has(raw)) return propertyCache.get(raw);
  const re = new RegExp(`^${raw}$`, 'u');
  const out = [];
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (re.test(String.fromCodePoint(c))) {
      const last = out[out.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else out.push([c, c]);
    }
  }
  propertyCache.set(raw, out);
  return out;
}

/** Adds the other cases of the letters in a set (small ranges code point by code point, ASCII always). */
function withCases(ranges) {
  const extra = [];
  for (const [a, b] of ranges) {
    if (b - a > 5000) {
      // A wide range: add ASCII's other case, which is all the lexicons rely on.
      const lo = Math.max(a, 65);
      const hi = Math.min(b, 122);
      for (let c = lo; c <= hi; c++) {
        const s = String.fromCharCode(c);
        for (const t of [s.toLowerCase(), s.toUpperCase()]) if (t.length === 1) extra.push([t.charCodeAt(0), t.charCodeAt(0)]);
      }
      continue;
    }
    for (let c = a; c <= b; c++) {
      const s = String.fromCodePoint(c);
      for (const t of [s.toLowerCase(), s.toUpperCase()]) {
        const cp = t.codePointAt(0);
        if ([...t].length === 1 && cp !== c) extra.push([cp, cp]);
      }
    }
  }
  return normalise([...ranges, ...extra]);
}

/** The set of characters an atom matches, as ranges (over-approximated under the i flag). */
function atomRanges(node, flags, max) {
  const i = flags.includes('i');
  const fold = (r) => (i ? withCases(r) : normalise(r));
  switch (node.type) {
    case 'Character':
      return fold([[node.value, node.value]]);
    case 'CharacterClassRange':
      return fold([[node.min.value, node.max.value]]);
    case 'CharacterSet': {
      let r;
      if (node.kind === 'any') return flags.includes('s') ? [[0, max]] : negate(LINE_TERMINATORS, max);
      if (node.kind === 'digit') r = DIGIT;
      else if (node.kind === 'space') r = SPACE;
      else if (node.kind === 'word') r = wordRanges(flags);
      else if (node.kind === 'property') r = propertyRanges(node.raw.replace(/^\\P/, '\\p'));
      else throw new Error(`unsupported set ${node.raw}`);
      r = node.kind === 'property' ? fold(r) : r;
      return node.negate ? negate(r, max) : normalise(r);
    }
    case 'CharacterClass': {
      if (node.unicodeSets) throw new Error('v-flag classes are not supported');
      const inner = normalise(node.elements.flatMap((e) => atomRanges(e, flags, max)));
      return node.negate ? negate(inner, max) : inner;
    }
    default:
      throw new Error(`unsupported atom ${node.type}`);
  }
}
const wordRanges = (flags) => (flags.includes('i') && flags.includes('u') ? normalise([...WORD_RANGES, [0x17f, 0x17f], [0x212a, 0x212a]]) : WORD_RANGES);

/**
 * Builds the automaton: nodes are character positions (with a set of ranges), epsilon nodes and
 * assertion nodes, compiled back to front (`compile(node, next)` returns the entry of `node` that
 * continues to `next`).
 */
function build(ast, flags, max) {
  const nodes = [];
  const add = (n) => (nodes.push(n), nodes.length - 1);
  const FINAL = add({ type: 'final' });
  function compile(node, next) {
    if (nodes.length > LIMIT) throw new Error('too many states');
    switch (node.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup':
        if (node.alternatives.length === 1) return compile(node.alternatives[0], next);
        return add({ type: 'eps', out: node.alternatives.map((a) => compile(a, next)) });
      case 'Alternative': {
        let at = next;
        for (let k = node.elements.length - 1; k >= 0; k--) at = compile(node.elements[k], at);
        return at;
      }
      case 'Quantifier': {
        let at = next;
        if (node.max === Infinity) {
          const loop = add({ type: 'eps', out: [] });
          nodes[loop].out = [compile(node.element, loop), next];
          at = loop;
        } else {
          for (let k = node.min; k < node.max; k++) at = add({ type: 'eps', out: [compile(node.element, at), next] });
        }
        for (let k = 0; k < node.min; k++) at = compile(node.element, at);
        return at;
      }
      case 'Assertion':
        if (node.kind === 'lookahead' || node.kind === 'lookbehind') return next; // emptied already; an empty test adds paths only
        return add({ type: 'assert', kind: node.kind, negate: !!node.negate, out: [next] });
      case 'Backreference':
        throw new Error('back-reference');
      default:
        return add({ type: 'char', ranges: atomRanges(node, flags, max), out: [next] });
    }
  }
  const entry = compile(ast, FINAL);
  return { nodes, entry, FINAL };
}

/** Splits the characters into classes no set tells apart, each with its kind; returns the classes and a mask per char node. */
function classify(nodes, flags, max) {
  const sets = nodes.filter((n) => n.type === 'char').map((n) => n.ranges);
  const word = wordRanges(flags);
  const cuts = new Set([0, max + 1]);
  for (const r of [...sets, word, LINE_TERMINATORS]) for (const [a, b] of r) cuts.add(a), cuts.add(b + 1);
  const points = [...cuts].filter((c) => c <= max + 1).sort((a, b) => a - b);
  const contains = (ranges, c) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (c < ranges[mid][0]) hi = mid - 1;
      else if (c > ranges[mid][1]) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const bySignature = new Map();
  for (let k = 0; k + 1 < points.length; k++) {
    const c = points[k];
    const kind = contains(word, c) ? WORD : contains(LINE_TERMINATORS, c) ? LT : OTHER;
    const signature = `${kind}:${sets.map((s) => (contains(s, c) ? 1 : 0)).join('')}`;
    if (!bySignature.has(signature)) bySignature.set(signature, { kind, sample: c });
  }
  const classes = [...bySignature.values()];
  for (const n of nodes) if (n.type === 'char') n.classMask = Uint8Array.from(classes, (cl) => (contains(n.ranges, cl.sample) ? 1 : 0));
  return classes;
}

const isWord = (kind) => kind === WORD;
function allowed(assertion, before, after, multiline) {
  switch (assertion.kind) {
    case 'start':
      return before === START || (multiline && before === LT);
    case 'end':
      return multiline && after === LT; // a character follows, so never the end of the input
    case 'word':
      return (isWord(before) !== isWord(after)) !== assertion.negate;
    default:
      return true;
  }
}

/** Every path of epsilon and assertion nodes from `from` to a character node: [node, assertions][]. */
function epsilonPaths(nodes, from) {
  const out = [];
  const walk = (id, asserts, depth) => {
    if (out.length > LIMIT || depth > 10_000) throw new Error('too many epsilon paths');
    const n = nodes[id];
    if (n.type === 'char') return void out.push([id, asserts]);
    if (n.type === 'final') return;
    if (n.onPath) throw new Error('a repetition of something that can match nothing');
    n.onPath = true;
    for (const o of n.out) walk(o, n.type === 'assert' ? [...asserts, n] : asserts, depth + 1);
    n.onPath = false;
  };
  walk(from, [], 0);
  return out;
}

/**
 * Whether searching with the pattern is linear: { linear: true } or { linear: false, reason }.
 * `source` must have no lookaround (or only emptied ones) and no back-reference.
 */
export function linearProof(source, flags) {
  try {
    const unicode = flags.includes('u') || flags.includes('v');
    const max = unicode ? 0x10ffff : 0xffff;
    const ast = parser.parsePattern(source, 0, source.length, { unicode, unicodeSets: flags.includes('v') });
    const { nodes, entry } = build(ast, flags, max);
    const classes = classify(nodes, flags, max);
    const multiline = flags.includes('m');
    const sticky = flags.includes('y'); // one start position (lastIndex) per search
    const entryPaths = epsilonPaths(nodes, entry);
    const afterPaths = new Map();
    const pathsAfter = (id) => {
      if (!afterPaths.has(id)) afterPaths.set(id, epsilonPaths(nodes, nodes[id].out[0]));
      return afterPaths.get(id);
    };
    // Automaton states: 'b' (before anything), 's' (skipping start positions) or a char node, with the
    // kind of the character read last.
    const SKIP = -2;
    const BEGIN = -1;
    const list = [];
    const stateOf = interner(list, 'states', (node, kind) => node * 4 + kind + 8, (node, kind) => ({ node, kind, edges: new Map() }));
    // Under the y flag the one start is lastIndex, after a character of any kind.
    const begin = stateOf(BEGIN, START);
    if (sticky) for (const kind of [WORD, LT, OTHER]) stateOf(BEGIN, kind);
    for (let s = 0; s < list.length; s++) {
      const { node, kind } = list[s];
      const paths = node < 0 ? entryPaths : pathsAfter(node);
      for (let c = 0; c < classes.length; c++) {
        const next = classes[c].kind;
        const targets = [];
        if (node < 0 && !sticky) targets.push(stateOf(SKIP, next));
        for (const [m, asserts] of paths) {
          if (!nodes[m].classMask[c]) continue;
          if (asserts.every((a) => allowed(a, kind, next, multiline))) targets.push(stateOf(m, next));
        }
        if (targets.length) list[s].edges.set(c, targets);
      }
    }
    return ambiguity(list, classes.map((c) => c.sample));
  } catch (e) {
    return { linear: false, reason: `not decided: ${e.message}` };
  }
}

/**
 * Numbers items by key: returns the index of the item for (a, b), adding `make(a, b)` to `list` the
 * first time, and gives up past LIMIT items.
 */
function interner(list, what, keyOf, make) {
  const index = new Map();
  return (a, b) => {
    const k = keyOf(a, b);
    let i = index.get(k);
    if (i === undefined) {
      if (list.length > LIMIT) throw new Error(`too many ${what}`);
      index.set(k, (i = list.length));
      list.push(make(a, b));
    }
    return i;
  };
}

/** Tarjan's strongly connected components over successor lists. */
function components(count, successors) {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const comp = new Int32Array(count).fill(-1);
  const stack = [];
  let counter = 0;
  let compCount = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] >= 0) continue;
    const work = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length) {
      const top = work[work.length - 1];
      const [v, i] = top;
      const succ = successors(v);
      if (i < succ.length) {
        top[1]++;
        const w = succ[i];
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
      } else {
        work.pop();
        if (work.length) low[work[work.length - 1][0]] = Math.min(low[work[work.length - 1][0]], low[v]);
        if (low[v] === index[v]) {
          let w;
          do {
            w = stack.pop();
            onStack[w] = 0;
            comp[w] = compCount;
          } while (w !== v);
          compCount++;
        }
      }
    }
  }
  return { comp, compCount };
}

function ambiguity(list, classSamples) {
  const n = list.length;
  const succ = list.map((s) => [...new Set([...s.edges.values()].flat())]);
  const { comp } = components(n, (v) => succ[v]);
  const cyclic = new Uint8Array(n);
  for (let v = 0; v < n; v++) for (const w of succ[v]) if (comp[w] === comp[v]) cyclic[v] = 1;
  const inComp = (a, b) => comp[a] === comp[b];

  // EDA: two different paths from a state back to itself reading the same word. Within one component:
  // a doubled edge, or a cycle of the pair automaton through a diagonal and an off-diagonal pair.
  for (let v = 0; v < n; v++) {
    if (!cyclic[v]) continue;
    for (const targets of list[v].edges.values()) {
      const inside = targets.filter((t) => inComp(t, v));
      if (new Set(inside).size < inside.length) return { linear: false, reason: 'exponential: two paths read the same text around a loop' };
    }
  }
  const pairList = [];
  const pairOf = interner(pairList, 'state pairs', (a, b) => a * n + b, (a, b) => [a, b]);
  for (let v = 0; v < n; v++) if (cyclic[v]) pairOf(v, v);
  const pairSucc = [];
  for (let p = 0; p < pairList.length; p++) {
    const [a, b] = pairList[p];
    const out = new Set();
    for (const [c, ta] of list[a].edges) {
      const tb = list[b].edges.get(c);
      if (!tb) continue;
      for (const x of ta) if (inComp(x, a)) for (const y of tb) if (inComp(y, b)) out.add(pairOf(x, y));
    }
    pairSucc[p] = [...out];
  }
  const pc = components(pairList.length, (p) => pairSucc[p]).comp;
  const diagonal = new Set();
  const offDiagonal = new Set();
  for (let p = 0; p < pairList.length; p++) {
    const [a, b] = pairList[p];
    const cyc = pairSucc[p].some((q) => pc[q] === pc[p]);
    if (!cyc) continue;
    (a === b ? diagonal : offDiagonal).add(pc[p]);
  }
  for (const c of diagonal) if (offDiagonal.has(c)) return { linear: false, reason: 'exponential: two different loops read the same text' };

  // IDA: states p != q in different components, and a word w with p -> p, p -> q and q -> q. Searched
  // in the product of three copies, from (p, p, q) to (p, q, q); the first copy stays in p's component,
  // the third in q's, the second only where q can still be reached.
  const pred = Array.from({ length: n }, () => []);
  for (let v = 0; v < n; v++) for (const w of succ[v]) pred[w].push(v);
  // The states `start` reaches along `next` (succ: forwards; pred: the states that reach it).
  const closure = (start, next) => {
    const seen = new Uint8Array(n);
    const todo = [start];
    seen[start] = 1;
    while (todo.length) for (const u of next[todo.pop()]) if (!seen[u]) (seen[u] = 1), todo.push(u);
    return seen;
  };
  const reachesMemo = new Map();
  const reaches = (target) => {
    if (!reachesMemo.has(target)) reachesMemo.set(target, closure(target, pred));
    return reachesMemo.get(target);
  };
  const cyclicStates = [...Array(n).keys()].filter((v) => cyclic[v]);
  let steps = 0;
  for (const p of cyclicStates) {
    const fromP = closure(p, succ);
    for (const q of cyclicStates) {
      if (q === p || inComp(p, q) || !fromP[q]) continue;
      const toQ = reaches(q);
      const seen = new Map();
      const start = [p, p, q];
      const todo = [start];
      seen.set(start.join(','), null);
      while (todo.length) {
        const [a, b, c] = todo.pop();
        if (++steps > LIMIT * 20) throw new Error('search too long');
        for (const [k, ta] of list[a].edges) {
          const tb = list[b].edges.get(k);
          const tc = list[c].edges.get(k);
          if (!tb || !tc) continue;
          for (const x of ta) {
            if (!inComp(x, p)) continue;
            for (const y of tb) {
              if (!toQ[y]) continue;
              for (const z of tc) {
                if (!inComp(z, q)) continue;
                if (x === p && y === q && z === q) {
                  const word = [k];
                  for (let at = seen.get(`${a},${b},${c}`); at; at = seen.get(at[0])) word.unshift(at[1]);
                  return { linear: false, reason: `polynomial: a loop can be entered again and again at different points of the text (${JSON.stringify(word.map((i) => String.fromCodePoint(classSamples[i])).join(''))} repeated)` };
                }
                const s = `${x},${y},${z}`;
                if (!seen.has(s)) seen.set(s, [`${a},${b},${c}`, k]), todo.push([x, y, z]);
              }
            }
          }
        }
      }
    }
  }
  return { linear: true };
}
