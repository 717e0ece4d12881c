// A student's feedback as a web page, for the feedback files a learning platform takes back: the
// feedback Markdown rendered with remark-rehype (raw HTML in it is dropped, never passed through) and
// a strict Content-Security-Policy (no scripts, no remote content).
import { escapeHtml } from './html';

const STYLE = 'body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .5rem}blockquote{border-left:4px solid #bbb;margin-left:0;padding-left:1rem}pre{background:#f4f4f4;padding:.5rem;overflow-x:auto}';

// The Markdown-to-HTML processor, built once for a run (one page per student).
let toHtml: Promise<{ process(markdown: string): Promise<unknown> }> | undefined;
function htmlProcessor(): NonNullable<typeof toHtml> {
  toHtml ??= Promise.all([import('unified'), import('remark-parse'), import('remark-gfm'), import('remark-rehype'), import('rehype-stringify')]).then(
    ([{ unified }, { default: remarkParse }, { default: remarkGfm }, { default: remarkRehype }, { default: rehypeStringify }]) => unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).freeze(),
  );
  return toHtml;
}

/** A standalone HTML page of feedback Markdown, titled `title`. */
export async function feedbackPage(markdown: string, title: string): Promise<string> {
  const body = String(await (await htmlProcessor()).process(markdown));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
