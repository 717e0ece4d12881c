// Parses a config file's text (JSON, JSONC or YAML) into data, reporting errors with offsets.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseDocument } from 'yaml';

export interface ConfigTextResult {
  data: unknown;
  error?: { message: string; offset: number; length: number };
}

export function parseConfigText(text: string, fileName: string): ConfigTextResult {
  if (/\.ya?ml$/i.test(fileName)) {
    const doc = parseDocument(text, { prettyErrors: false });
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const [s, en] = e.pos ?? [0, 1];
      return { data: undefined, error: { message: e.message.split('\n')[0], offset: s, length: Math.max(1, en - s) } };
    }
    return { data: doc.toJS() ?? {} };
  }
  const errors: ParseError[] = [];
  const data = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const e = errors[0];
    return { data: undefined, error: { message: `JSON ${printParseErrorCode(e.error)}`, offset: e.offset, length: Math.max(1, e.length) } };
  }
  return { data: data ?? {} };
}
