/**
 * What pdfkit 0.20.2 accepts but @types/pdfkit 0.17.6 does not declare yet.
 */
import type { Font } from 'fontkit';

declare global {
  namespace PDFKit {
    interface PDFOutline {
      /** `top` is the y of the target on its page; pdfkit turns `left` into `page width - left`. */
      addItem(title: string, options?: { expanded?: boolean; top?: number; left?: number }): PDFOutline;
    }
    namespace Mixins {
      interface AnnotationOption {
        /** The structure element (a Link) the annotation belongs to in a tagged document. */
        structParent?: PDFStructureElement;
      }
      interface PDFFont {
        /** A font parsed once with fontkit (accepted since pdfkit 0.20). */
        font(src: Font, size?: number): this;
      }
    }
  }
}
