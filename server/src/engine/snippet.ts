// Snippet text (the editor's tab-stop syntax) as the plain text it stands for, for every host that
// cannot offer tab stops: `lint --fix`, quick fixes in editors without snippet edits, the client's
// "new plan" command. One reader, so all of them give the same text.

/**
 * Turns snippet text into plain text: tab stops ($1, ${1}) give the value their placeholder was
 * given earlier (a mirror) or nothing, placeholders (${1:default}, nested too) keep their default,
 * a choice (${1|a,b|}) keeps its first option, and escaped characters (\$ \} \\ \, \|) are kept as
 * written.
 */
export function snippetToText(snippet: string): string {
  const values = new Map<string, string>();
  let i = 0;
  const read = (inside: boolean): string => {
    let out = '';
    while (i < snippet.length) {
      const c = snippet[i];
      if (c === '\\' && i + 1 < snippet.length && '$}\\,|'.includes(snippet[i + 1])) {
        out += snippet[i + 1];
        i += 2;
      } else if (inside && c === '}') {
        return out;
      } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
        const start = ++i;
        while (/\d/.test(snippet[i] ?? '')) i++;
        out += values.get(snippet.slice(start, i)) ?? '';
      } else if (c === '$' && snippet[i + 1] === '{') {
        i += 2;
        const start = i;
        while (/\w/.test(snippet[i] ?? '')) i++;
        const name = snippet.slice(start, i);
        let value = values.get(name) ?? '';
        if (snippet[i] === ':') {
          i++;
          value = read(true);
        } else if (snippet[i] === '|') {
          const end = snippet.indexOf('|}', i + 1);
          value = snippet.slice(i + 1, end === -1 ? snippet.length : end).split(',')[0];
          i = end === -1 ? snippet.length : end + 1;
        }
        if (snippet[i] === '}') i++;
        if (!values.has(name)) values.set(name, value);
        out += value;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  return read(false);
}
