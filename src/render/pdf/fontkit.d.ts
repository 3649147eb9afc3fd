/**
 * The little of fontkit 2.0.4 that the PDF renderer uses (the package ships no types). pdfkit
 * accepts a parsed font wherever it accepts a font file, which lets one parse serve many documents.
 */
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    readonly unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): object;
    layout(text: string): unknown;
    /** A glyph object, cached per font; `codePoints` are kept only by the first request of a glyph. */
    getGlyph(id: number, codePoints?: number[]): object;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
