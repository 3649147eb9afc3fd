import { esc } from './markup.js';
import { STYLE } from './style.js';

/** What the head of a page says about the document (its language, title and metadata). */
export interface PageHead {
  lang: string;
  title: string;
  author: string;
  description: string;
  keywords: readonly string[];
  date: string;
}

/**
 * The one self-contained page every HTML document is: the head with its metadata and the
 * stylesheet, then the body's parts (already HTML) inside the page frame.
 */
export function htmlPage(head: PageHead, body: string): string {
  return `<!DOCTYPE html>
<html lang="${esc(head.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(head.title)}</title>
<meta name="author" content="${esc(head.author)}">
<meta name="description" content="${esc(head.description)}">
<meta name="keywords" content="${esc(head.keywords.join(', '))}">
<meta name="dcterms.date" content="${esc(head.date)}">
<style>${STYLE}</style>
</head>
<body>
<div class="page">
${body}
</div>
</body>
</html>
`;
}
