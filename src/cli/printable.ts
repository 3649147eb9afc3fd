/**
 * Text from outside (file names, keys and values of a plan) made safe to print on a terminal:
 * control characters, including ESC, which starts the sequences that move the cursor, recolour or
 * retitle the terminal, are shown as `\x1b`-style escapes instead of being obeyed. Tabs and line
 * breaks stay.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
