// Turns a sentence or a statement into the features the learned models read: words, word pairs and
// word stems, each marked when it stands in the scope of a negator or an avoidance frame ("no", "we
// avoid", "not allowed"), plus any evidence features the caller adds (lexicon cues). The training
// script (scripts/learn-core.mjs) calls these same functions through the built engine, so training
// and the checker read text the same way by construction.

import VOCABULARIES from './vocabularies.json';

/** Words that put what follows, up to the end of the clause, in a negated scope. */
const NEGATORS = new Set<string>(VOCABULARIES.negators.words);
/** Words that put the clause before them in a negated scope ("cross-talk is discouraged"). */
const POST_NEGATORS = new Set<string>(VOCABULARIES.postNegators.words);
/** Words that do so when negated themselves ("cross-talk is not allowed"). */
const PERMISSIONS = new Set<string>(VOCABULARIES.permissions.words);
/** Tokens a backward scope does not cross: the end of the clause before. */
const CLAUSE_START = new Set(['.', ';', ':', '!', '?', 'but', 'however']);

/** Each word's named classes (member, worker, speak, judge…), from vocabularies.json. */
const CLASS_OF = new Map<string, string[]>();
for (const [name, { words }] of Object.entries(VOCABULARIES.classes)) {
  for (const w of words) CLASS_OF.set(w, [...(CLASS_OF.get(w) ?? []), name]);
}

/**
 * Tokens that end a negated scope: clause punctuation and contrastive words. Brackets do not: "no side
 * conversations (cross-talk)" keeps the bracketed restatement in scope.
 */
const SCOPE_END = new Set(['.', ',', ';', ':', '!', '?', 'but', 'however', 'and', 'so']);
// "and" ends a scope only after a few words: "do not interrupt and judge" keeps both in scope.
const AND_GRACE = 3;

const TOKEN = /[a-z0-9]+(?:'[a-z]+)?|[.,;:!?()]/g;

/** Lower-cased word and punctuation tokens; numbers become "#", apostrophes inside words are dropped. */
export function tokenize(text: string): string[] {
  const flat = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2013\u2014]/g, ',');
  const out: string[] = [];
  for (const m of flat.matchAll(TOKEN)) {
    const t = m[0];
    if (/^\d/.test(t)) out.push('#');
    else out.push(t.replace(/'/g, ''));
  }
  return out;
}

/** Marks each word token with whether it stands in a negated scope, after a negator or before a ban. */
export function negationScopes(tokens: string[]): boolean[] {
  const neg: boolean[] = new Array(tokens.length).fill(false);
  let open = false;
  let since = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (SCOPE_END.has(t) && (t !== 'and' || since > AND_GRACE)) {
      open = false;
      continue;
    }
    if (NEGATORS.has(t)) {
      open = true;
      since = 0;
      continue;
    }
    neg[i] = open;
    since++;
  }
  // A ban stated after what it bans negates the clause before it.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const after = POST_NEGATORS.has(t) || (PERMISSIONS.has(t) && (NEGATORS.has(tokens[i - 1]) || NEGATORS.has(tokens[i - 2])));
    if (!after) continue;
    for (let j = i - 1; j >= 0 && !CLAUSE_START.has(tokens[j]); j--) neg[j] = true;
  }
  return neg;
}

const isWord = (t: string): boolean => /^[a-z#]/.test(t);

/**
 * "turn" as a verb of redirecting ("turns questions back to the group"), not a turn to speak: a form of
 * "turn" with "back" within three words, unless a word before it makes it a noun ("in turn", "take turns").
 */
// The forms of "turn" the turn class (vocabularies.json) holds.
const TURN_VERB = new Set(['turn', 'turns']);
const TURN_NOUN_AFTER = new Set(['in', 'a', 'your', 'their', 'his', 'her', 'my', 'our', 'each', 'the', 'take', 'takes', 'taking', 'took', 'next', 'own', 'whose']);
function turnsBack(tokens: string[], i: number): boolean {
  if (!TURN_VERB.has(tokens[i]) || TURN_NOUN_AFTER.has(tokens[i - 1])) return false;
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) if (tokens[j] === 'back') return true;
  return false;
}

/**
 * The features of a text, each with its name: words (`w:`), five-letter stems (`s:`) and word pairs
 * (`b:`), the named class of each word (`v:`) and each pair of classes in order (`vp:`), words and
 * classes marked `n:` in a negated scope; `extra` features (cues) are added as given.
 */
export function textFeatures(text: string, extra: Iterable<string> = []): Set<string> {
  const tokens = tokenize(text);
  const neg = negationScopes(tokens);
  const out = new Set<string>();
  let prev = '^';
  let lastClass = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t)) {
      prev = t === ',' ? prev : '^';
      continue;
    }
    const mark = neg[i] ? 'n:' : '';
    out.add(`w:${mark}${t}`);
    if (t.length > 5) out.add(`s:${mark}${t.slice(0, 5)}`);
    out.add(`b:${prev}_${t}`);
    prev = t;
    for (const c of CLASS_OF.get(t) ?? []) {
      if (c === 'turn' && turnsBack(tokens, i)) continue;
      out.add(`v:${mark}${c}`);
      if (lastClass) out.add(`vp:${lastClass}_${c}`);
      lastClass = c;
    }
  }
  if (tokens.length > 0) out.add(`len:${Math.min(6, Math.floor(Math.log2(1 + tokens.length)))}`);
  for (const e of extra) out.add(e);
  return out;
}
