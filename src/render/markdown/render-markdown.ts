import type { View } from '../../view/types.js';
import { templateSet } from './template-set.js';

export interface RenderMarkdownOptions {
  /** A folder whose `*.md.hbs` files replace built-in templates and partials of the same name. */
  templateDir?: string;
}

/**
 * Renders the view as a CommonMark/GFM document. The same view gives the same bytes. Throws a
 * RomaPlanError (code TEMPLATE_ERROR, with the template file and line) when a template is broken.
 */
export function renderMarkdown(view: View, options: RenderMarkdownOptions = {}): string {
  return tidy(templateSet(options.templateDir).render(view));
}

/**
 * Normalises the template output so that templates can be laid out for readability: no trailing
 * spaces (two would make a hard line break), at most one blank line in a row, and exactly one
 * newline at the end. Fenced code blocks keep their blank lines.
 */
export function tidy(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const raw of markdown.split(/\r\n|\r|\n/)) {
    // A loop, not /[ \t]+$/: that regex rescans every run of spaces on long table rows.
    let end = raw.length;
    while (end > 0 && (raw.charCodeAt(end - 1) === 32 || raw.charCodeAt(end - 1) === 9)) end--;
    const line = end === raw.length ? raw : raw.slice(0, end);
    const marker = line.includes('```') || line.includes('~~~') ? /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1] : undefined;
    if (fence === undefined && marker !== undefined) fence = marker;
    else if (fence !== undefined && marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    else if (fence === undefined && line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
