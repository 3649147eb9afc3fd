import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { mdBlock, mdCell, mdCode, mdInline } from '../../src/render/markdown/escape.js';
import { tidy } from '../../src/render/markdown/render-markdown.js';

// html: true is what GitHub and most viewers do: raw HTML in the source would be live.
const md = new MarkdownIt({ html: true });
/** The text a reader sees: rendered to HTML, tags removed, entities decoded. */
const seen = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

const hostile = [
  'Plain text stays plain',
  'A | pipe, a # hash and *stars* and _under_ and `code`',
  '# not a heading',
  '1. not a list',
  '2026) not a list either',
  '- not a bullet',
  '+ not a bullet',
  '> not a quote',
  '--- not a rule',
  '=== not an underline',
  '<script>alert(1)</script>',
  '<b>bold?</b> <!-- comment -->',
  '[link](https://example.org) and ![image](x.png)',
  'Entities: &amp; &copy; &#35;',
  'Braces {{x}} and {{{y}}} stay',
  'Backslash at the end \\',
  '~~strike~~ and www.example.org',
  'Čačak, Székesfehérvár, Куманово',
];

describe('mdInline', () => {
  it.each(hostile)('renders %j literally as one paragraph', (text) => {
    const html = md.render(mdInline(text));
    expect(html.startsWith('<p>')).toBe(true);
    expect(html).not.toMatch(/<(script|b|a|img|h\d|ol|ul|blockquote|hr|code|em|strong|del)\b/);
    // GFM autolinks www.* even in escaped text; markdown-it does not unless linkify is on.
    expect(seen(html)).toBe(text);
  });

  it('joins lines with a space, so a title stays one heading', () => {
    expect(mdInline('First line\n# second\r\n  third')).toBe('First line \\# second third');
  });

  it('leaves line-start markup alone where the text follows other text on its line', () => {
    expect(mdInline('2026. február 26.', { lineStart: false })).toBe('2026. február 26.');
    expect(mdInline('2026. február 26.')).toBe('2026\\. február 26.');
    expect(mdInline('- 5 | x', { lineStart: false })).toBe('- 5 \\| x');
  });

  it('keeps ordinary punctuation readable', () => {
    expect(mdInline('Decision 38/2026. (II.26.), 1.5 km - done!')).toBe('Decision 38/2026. (II.26.), 1.5 km - done!');
  });
});

describe('mdCell', () => {
  it('keeps the no-break spaces of an amount, so that it never wraps inside a cell', () => {
    expect(mdCell('1\u00a0346\u00a0800\u00a0000\u00a0Ft')).toBe('1\u00a0346\u00a0800\u00a0000\u00a0Ft');
    expect(mdCell('a\u00a0\u00a0b\tc\nd')).toBe('a b c<br>d');
    expect(mdInline('  Q3\u00a02026 ')).toBe('Q3\u00a02026');
  });

  it.each(hostile)('keeps %j inside one table cell', (text) => {
    const table = `| a | b |\n| --- | --- |\n| ${mdCell(text)} | end |\n`;
    const tokens = md.parse(table, {});
    const cells = tokens.filter((t) => t.type === 'td_open');
    expect(cells).toHaveLength(2);
    const inline = tokens.filter((t) => t.type === 'inline');
    expect(seen(md.renderInline(inline.at(-2)!.content))).toBe(text);
  });

  it('turns line breaks into <br> and drops empty lines', () => {
    expect(mdCell('one\n\ntwo | three\n')).toBe('one<br>two \\| three');
  });
});

describe('mdBlock', () => {
  it('keeps paragraphs and escapes block markup at every line start', () => {
    const text = 'First paragraph\n1. still text\n\n  # indented heading?\n    code?\n\n\n- last';
    const html = md.render(mdBlock(text));
    expect(html).toBe('<p>First paragraph\n1. still text</p>\n<p># indented heading?\ncode?</p>\n<p>- last</p>\n');
  });
});

describe('mdCode', () => {
  it('cannot close the fence it is in', () => {
    const block = `\`\`\`mermaid\n${mdCode('a\n```\n~~~~\nb  ')}\n\`\`\`\n`;
    const tokens = md.parse(block, {});
    expect(tokens.map((t) => t.type)).toEqual(['fence']);
    expect(tokens[0]!.content).toBe("a\n'''\n''''\nb\n");
  });
});

describe('tidy', () => {
  it('drops trailing spaces and extra blank lines, and ends with one newline', () => {
    expect(tidy('\n\n# A  \n\n\n\ntext\t\n\n')).toBe('# A\n\ntext\n');
  });

  it('leaves fenced code blocks alone, blank lines included', () => {
    expect(tidy('```\na\n\n\nb\n```\n\n\nc')).toBe('```\na\n\n\nb\n```\n\nc\n');
  });
});
