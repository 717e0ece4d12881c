// Parses a config file's text (JSON, JSONC or YAML) into data, reporting errors with offsets. Whatever
// the text, this never throws: an alias bomb, nesting too deep to read, or a parser failure becomes an
// error the caller reports as a config problem naming the file. Objects are built so that a key such
// as "__proto__" stays an ordinary (reported) key and cannot hide others.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { parseDocument } from 'yaml';

export interface ConfigTextResult {
  data: unknown;
  error?: { message: string; offset: number; length: number };
}

/** How deeply a config file may nest objects and lists (real configs use three or four levels). */
export const MAX_CONFIG_DEPTH = 64;
/** How many aliases a YAML config may expand (each can copy a large part of the document). */
const MAX_ALIASES = 100;

export function parseConfigText(text: string, fileName: string): ConfigTextResult {
  // A byte order mark is not content (editors on Windows add one).
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = src.length === text.length ? 0 : 1;
  const deep = depthError(src);
  if (deep) return { data: undefined, error: { ...deep, offset: deep.offset + shift } };
  try {
    if (/\.ya?ml$/i.test(fileName)) {
      const doc = parseDocument(src, { prettyErrors: false });
      if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const [s, en] = e.pos ?? [0, 1];
        return { data: undefined, error: { message: e.message.split('\n')[0], offset: s + shift, length: Math.max(1, en - s) } };
      }
      return { data: safeCopy(doc.toJS({ maxAliasCount: MAX_ALIASES })) ?? {} };
    }
    const errors: ParseError[] = [];
    const tree = parseTree(src, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length > 0) {
      const e = errors[0];
      return { data: undefined, error: { message: `JSON ${printParseErrorCode(e.error)}`, offset: e.offset + shift, length: Math.max(1, e.length) } };
    }
    return { data: tree ? fromTree(tree) : {} };
  } catch (e) {
    const message = e instanceof ReferenceError && /alias/i.test(e.message) ? `it uses more than ${MAX_ALIASES} YAML aliases, which a config never needs` : e instanceof RangeError ? 'it is nested too deeply to read' : `it could not be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
    return { data: undefined, error: { message, offset: 0, length: 1 } };
  }
}

// The first place where brackets or braces nest deeper than MAX_CONFIG_DEPTH (strings skipped), if any.
function depthError(text: string): { message: string; offset: number; length: number } | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote || c === '\n') quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_CONFIG_DEPTH) return { message: `it nests more than ${MAX_CONFIG_DEPTH} levels deep, which a config never needs`, offset: i, length: 1 };
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

// Sets a key as an own, ordinary property, even "__proto__".
function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

// Plain data from a JSON syntax tree.
function fromTree(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const obj: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) setOwn(obj, String(k.value), fromTree(v));
      }
      return obj;
    }
    case 'array':
      return (node.children ?? []).map(fromTree);
    default:
      return node.value;
  }
}

// A copy of parsed YAML data with every key an own, ordinary property.
function safeCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(safeCopy);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const obj: Record<string, unknown> = {};
    for (const key of Reflect.ownKeys(value)) if (typeof key === 'string') setOwn(obj, key, safeCopy((value as Record<string, unknown>)[key]));
    return obj;
  }
  return value;
}
