// Turns a sentence or a statement into the features the learned models read: words, word pairs and
// word stems, each marked when it stands in the scope of a negator or an avoidance frame ("no", "we
// avoid", "not allowed"), plus any evidence features the caller adds (lexicon cues). The training
// script (scripts/learn-core.mjs) calls these same functions through the built engine, so training
// and the checker read text the same way by construction.

/** Words that put what follows, up to the end of the clause, in a negated scope. */
const NEGATORS = new Set([
  'no',
  'not',
  'never',
  'nor',
  'without',
  'dont',
  'cant',
  'cannot',
  'wont',
  'shouldnt',
  'mustnt',
  'isnt',
  'arent',
  'nobody',
  'neither',
  'avoid',
  'refrain',
  'discourage',
  'discouraged',
  'prohibited',
  'forbidden',
  'instead',
  'rather',
]);

/** Tokens that end a negated scope: clause punctuation and contrastive words. */
const SCOPE_END = new Set(['.', ',', ';', ':', '!', '?', '(', ')', 'but', 'however', 'and', 'so']);
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

/** Marks each word token with whether it stands in a negated scope. */
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
  return neg;
}

const isWord = (t: string): boolean => /^[a-z#]/.test(t);

/** The features of a text, each with its name; `extra` features (cues) are added as given. */
export function textFeatures(text: string, extra: Iterable<string> = []): Set<string> {
  const tokens = tokenize(text);
  const neg = negationScopes(tokens);
  const out = new Set<string>();
  let prev = '^';
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
  }
  if (tokens.length > 0) out.add(`len:${Math.min(6, Math.floor(Math.log2(1 + tokens.length)))}`);
  for (const e of extra) out.add(e);
  return out;
}
