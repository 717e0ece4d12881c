// The text runs of a PDF's pages (pdfjs, through unpdf), built as a bundle of its own (dist/pdf.js)
// and loaded only when a PDF is graded, so that linting never loads a PDF reader.
import { getDocumentProxy } from 'unpdf';

export interface PdfRun {
  str: string;
  /** Font size, x and y on the page (PDF units). */
  size: number;
  /** The PDF's name for the run's font: runs in bold and in regular type have different fonts. */
  font: string;
  x: number;
  y: number;
}

/** The text runs of each page, at most `maxPages` pages and about `maxChars` characters. */
export async function pdfTextRuns(data: Uint8Array, maxPages: number, maxChars: number): Promise<PdfRun[][]> {
  const pdf = await getDocumentProxy(data, { verbosity: 0 });
  const pages: PdfRun[][] = [];
  let chars = 0;
  try {
    for (let n = 1; n <= Math.min(pdf.numPages, maxPages) && chars < maxChars; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const runs: PdfRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const [, , , d, x, y] = item.transform as number[];
        runs.push({ str: item.str, size: Math.abs(d) || item.height, font: item.fontName, x, y });
        chars += item.str.length;
      }
      pages.push(runs);
    }
  } finally {
    await pdf.destroy();
  }
  return pages;
}
