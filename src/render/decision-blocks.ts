import type { DecisionView } from '../view/types.js';

/** One line or paragraph of the council decision as every format lays it out. */
export interface DecisionBlock {
  /**
   * `title`: bold; `article`: a bold heading of its own; `paragraph`: body text; `line`: a short
   * line kept close to the next; `place`: the place and date, with room below it for the signature.
   */
  kind: 'title' | 'article' | 'paragraph' | 'line' | 'place';
  text: string;
}

/**
 * The decision in reading order, the same for the PDF, the web page and the Word document: title,
 * preamble, points (an article heading on its own line, other labels before the text), the
 * responsibility lines, place and date, and the signature block with its empty name and signature lines.
 */
export function decisionBlocks(d: DecisionView): DecisionBlock[] {
  return [
    { kind: 'title', text: d.title },
    ...d.preamble.map((text): DecisionBlock => ({ kind: 'paragraph', text })),
    ...d.points.flatMap((p): DecisionBlock[] =>
      d.articles ? [{ kind: 'article', text: p.label }, { kind: 'paragraph', text: p.text }] : [{ kind: 'paragraph', text: `${p.label} ${p.text}` }],
    ),
    ...d.responsibility.map((text): DecisionBlock => ({ kind: 'line', text })),
    { kind: 'place', text: d.placeDate },
    { kind: 'line', text: d.signature.title },
    { kind: 'line', text: d.signature.nameLine },
    { kind: 'line', text: d.signature.signatureLine },
  ];
}
