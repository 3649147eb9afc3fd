/**
 * Text for a terminal of a given width: lines are broken at spaces, never inside a word, and a
 * continued line keeps the indentation of the line it continues (so that an indented hint stays
 * indented). A single word longer than the line is left whole for the terminal to fold.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

/** Characters as a terminal counts them for the scripts the plans use (Latin, Cyrillic). */
export const visibleLength = (s: string): number => [...s.normalize('NFC')].length;

function wrapLine(line: string, width: number): string {
  if (visibleLength(line) <= width) return line;
  const indent = /^\s*/.exec(line)![0];
  // A bulleted line (`  ✖ text`, `  ! text`, `- text`) continues under its text, not under the mark.
  const hanging = /^\s*(?:[✖!•·–-] )?/.exec(line)![0];
  const continuation = ' '.repeat(visibleLength(hanging) < width / 2 ? visibleLength(hanging) : visibleLength(indent));
  const words = line.slice(indent.length).split(/ +/);
  const out: string[] = [];
  let current = indent;
  let empty = true;
  for (const word of words) {
    if (!empty && visibleLength(current) + 1 + visibleLength(word) > width) {
      out.push(current);
      current = continuation + word;
    } else current = empty ? current + word : `${current} ${word}`;
    empty = false;
  }
  out.push(current);
  return out.join('\n');
}
