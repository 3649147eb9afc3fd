import type { ChapterRef } from '../view/types.js';

/** A chapter's number before its title, as every format writes it: '5' -> '5. ', '5.1' -> '5.1 ', '' -> ''. */
export function numbered(ref: ChapterRef): string {
  if (ref.number === '') return '';
  return ref.number.includes('.') ? `${ref.number} ` : `${ref.number}. `;
}
