import type { Flow } from './flow.js';
import { STYLES } from './styles.js';

/**
 * Label-value pairs in two columns ("Coordinator: Roma-ügyi referens"); each pair stays on one
 * page, and the label column is as wide as the widest label allows.
 */
export function drawDefinitions(flow: Flow, pairs: readonly (readonly [string, string | undefined])[]): void {
  const rows = pairs.filter((p): p is readonly [string, string] => p[1] !== undefined && p[1] !== '');
  if (rows.length === 0) return;
  const label = STYLES.bodyBold;
  const value = STYLES.body;
  const labelWidth = Math.min(Math.max(...rows.map(([k]) => flow.measure(k, label))) + 12, flow.width * 0.38);
  const lh = flow.lineHeight(value);
  for (const [k, v] of rows) {
    const keyLines = flow.wrap(k, label, labelWidth - 12);
    const valueLines = flow.wrap(v, value, flow.width - labelWidth);
    flow.ensure(Math.min(Math.max(keyLines.length, valueLines.length), 3) * lh);
    flow.begin('P');
    keyLines.forEach((l, i) => flow.line(l, flow.left, flow.y + i * lh, label));
    let keyBottom = flow.y + keyLines.length * lh;
    // A long value (a paragraph) may continue on the next page like any paragraph.
    for (const l of valueLines) {
      if (flow.y + lh > flow.bottom) {
        flow.newPage();
        keyBottom = 0;
      }
      flow.line(l, flow.left + labelWidth, flow.y, value);
      flow.y += lh;
    }
    flow.end();
    flow.y = Math.max(flow.y, keyBottom) + 2;
  }
  flow.y += 4;
}
