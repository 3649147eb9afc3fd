import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: true });

/**
 * Problems in the structure of a rendered plan, as a CommonMark/GFM parser reads it: table rows
 * with more or fewer cells than their header, raw HTML other than the heading anchors and the
 * cell line breaks, more than one title, and a timeline that is not exactly one mermaid block.
 */
export function structureProblems(markdown: string): string[] {
  const problems: string[] = [];
  const tokens = md.parse(markdown, {});
  let columns = 0;
  let cells = 0;
  let inHead = false;
  for (const t of tokens) {
    if (t.type === 'thead_open') {
      inHead = true;
      columns = 0;
    }
    if (t.type === 'thead_close') inHead = false;
    if (t.type === 'th_open' && inHead) columns++;
    if (t.type === 'tr_open') cells = 0;
    if (t.type === 'td_open') cells++;
    if (t.type === 'tr_close' && !inHead && cells !== columns) problems.push(`line ${(t.map?.[0] ?? 0) + 1}: a row of ${cells} cells under ${columns} headings`);
  }
  const html = tokens.flatMap((t) => [t, ...(t.children ?? [])]).filter((t) => t.type === 'html_inline' || t.type === 'html_block');
  for (const h of html) if (!/^(<a id="[\w.-]+">|<\/a>|<br>)$/.test(h.content)) problems.push(`raw HTML: ${h.content}`);
  const titles = tokens.filter((t) => t.type === 'heading_open' && t.tag === 'h1').length;
  if (titles !== 1) problems.push(`${titles} level-1 headings`);
  const fences = tokens.filter((t) => t.type === 'fence');
  if (fences.length !== 1 || fences[0]!.info !== 'mermaid' || !fences[0]!.content.startsWith('gantt\n')) problems.push('the timeline is not one mermaid gantt block');
  return problems;
}
