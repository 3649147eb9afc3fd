import { Buffer } from 'node:buffer';

/** The structure types of the tagged PDF (ISO 32000-1, 14.8.4) that the layout writes. */
export type StructTag = 'Document' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'TOC' | 'TOCI' | 'Link' | 'Caption';

/** A page of pdfkit 0.20 as far as the structure needs it: its dictionary's object and entries. */
interface PageDictionary {
  id: number;
  data: { StructParents?: number };
}

/** A marked-content sequence on a page, or a link annotation on one: the leaves of the tree. */
interface Content {
  page: PageDictionary;
  /** The MCID of a marked-content sequence; -1 for an annotation. */
  mcid: number;
  /** The annotation's object number. */
  annotation: number;
}

export interface ElementOptions {
  /** Alternative text (a Figure's). */
  alt?: string;
  /** How a list (L) numbers its items: a bullet (Disc) or 1, 2, 3 (Decimal). */
  listNumbering?: 'Disc' | 'Decimal';
}

/** A structure element: what it is, where it hangs, and what belongs to it in reading order. */
export interface StructElement extends ElementOptions {
  readonly tag: StructTag;
  readonly parent: StructElement | undefined;
  readonly kids: (StructElement | Content)[];
  /** Its object number, given when the tree is written. */
  id: number;
}

/** The parts of pdfkit's document that the structure tree writes through. */
interface Target {
  page: { dictionary: PageDictionary };
  _root: { data: { StructTreeRoot?: { data: Record<string, unknown> } } };
  _offsets: (number | null)[];
  _offset: number;
  _write(data: string): void;
}

/** An indirect reference that pdfkit's object writer prints as it is (`12 0 R`). */
class Ref {
  constructor(readonly id: number) {}
  get [Symbol.toStringTag](): string {
    return 'Ref';
  }
  toString(): string {
    return `${this.id} 0 R`;
  }
}

/**
 * The structure tree of a tagged document, kept as plain records while the pages are drawn and
 * written at the end as pre-built objects: pdfkit's own structure elements are a PDF object each,
 * with a closure, arrays and a generic dictionary conversion per element and per child, and a
 * plan has a few thousand of them (a heading, a paragraph, a table cell each).
 *
 * The parent tree maps every page's marked-content identifiers (MCIDs) and every link annotation
 * to their element, as a screen reader needs to go from the page to the structure.
 */
export class StructTree {
  readonly root: StructElement = { tag: 'Document', parent: undefined, kids: [], id: 0 };
  /** Per parent-tree key: the elements of a page's MCIDs in order, or the element of an annotation. */
  private readonly parents: (StructElement[] | StructElement)[] = [];

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** A new element, the last child of `parent`. */
  add(parent: StructElement, tag: StructTag, options: ElementOptions): StructElement {
    const element: StructElement = { tag, parent, kids: [], id: 0, alt: options.alt, listNumbering: options.listNumbering };
    parent.kids.push(element);
    return element;
  }

  /** Gives `element` the next marked-content sequence of the current page; returns its MCID. */
  mark(element: StructElement): number {
    const page = (this.doc as unknown as Target).page.dictionary;
    let key = page.data.StructParents;
    if (key === undefined) {
      key = this.parents.length;
      page.data.StructParents = key;
      this.parents.push([]);
    }
    const onPage = this.parents[key] as StructElement[];
    const mcid = onPage.length;
    onPage.push(element);
    element.kids.push({ page, mcid, annotation: 0 });
    return mcid;
  }

  /** Makes the link annotation `annotation` (its object's data) on the current page a child of `element`. */
  link(element: StructElement, annotation: { id: number; data: Record<string, unknown> }): void {
    const page = (this.doc as unknown as Target).page.dictionary;
    annotation.data.StructParent = this.parents.length;
    this.parents.push(element);
    element.kids.push({ page, mcid: -1, annotation: annotation.id });
  }

  /**
   * Writes every element and the parent tree as objects of the file, as one string, and points the
   * document's StructTreeRoot at them. Call it once, after the last page is drawn and before
   * `doc.end()`, which writes the StructTreeRoot itself.
   */
  write(): void {
    const target = this.doc as unknown as Target;
    const structRoot = target._root.data.StructTreeRoot;
    if (structRoot === undefined) throw new Error('the document is not tagged');
    // Object numbers in reading order, each element before its children.
    const order: StructElement[] = [];
    const stack: StructElement[] = [this.root];
    while (stack.length > 0) {
      const e = stack.pop()!;
      target._offsets.push(null);
      e.id = target._offsets.length;
      order.push(e);
      for (let i = e.kids.length - 1; i >= 0; i -= 1) {
        const k = e.kids[i]!;
        if ('tag' in k) stack.push(k);
      }
    }
    target._offsets.push(null);
    const parentTree = target._offsets.length;
    const rootId = (structRoot as unknown as { id: number }).id;

    // Every character of the objects is one byte (latin1), so string positions are file offsets.
    let out = '';
    const start = target._offset;
    for (const e of order) {
      target._offsets[e.id - 1] = start + out.length;
      out += `${e.id} 0 obj\n<</S /${e.tag}`;
      if (e.alt !== undefined) out += ` /Alt ${textString(e.alt)}`;
      if (e.listNumbering !== undefined) out += ` /A <</O /List /ListNumbering /${e.listNumbering}>>`;
      out += ` /P ${e.parent === undefined ? rootId : e.parent.id} 0 R`;
      // Sequences on the element's first page are bare MCIDs; on later pages, references.
      let pg: PageDictionary | undefined;
      for (const k of e.kids) {
        if (!('tag' in k) && k.mcid >= 0) {
          pg = k.page;
          break;
        }
      }
      if (pg !== undefined) out += ` /Pg ${pg.id} 0 R`;
      const n = e.kids.length;
      if (n > 0) out += n === 1 ? ' /K ' : ' /K [';
      for (let i = 0; i < n; i += 1) {
        const k = e.kids[i]!;
        if (i > 0) out += ' ';
        if ('tag' in k) out += `${k.id} 0 R`;
        else if (k.mcid < 0) out += `<</Type /OBJR /Obj ${k.annotation} 0 R /Pg ${k.page.id} 0 R>>`;
        else if (k.page === pg) out += k.mcid;
        else out += `<</Type /MCR /Pg ${k.page.id} 0 R /MCID ${k.mcid}>>`;
      }
      out += n > 1 ? ']>>\nendobj\n' : '>>\nendobj\n';
    }
    target._offsets[parentTree - 1] = start + out.length;
    out += `${parentTree} 0 obj\n<</Nums [`;
    for (let key = 0; key < this.parents.length; key += 1) {
      const p = this.parents[key]!;
      if (Array.isArray(p)) {
        out += `\n${key} [`;
        for (let i = 0; i < p.length; i += 1) out += i === 0 ? `${p[i]!.id} 0 R` : ` ${p[i]!.id} 0 R`;
        out += ']';
      } else {
        out += `\n${key} ${p.id} 0 R`;
      }
    }
    out += ']>>\nendobj';
    // pdfkit ends what it writes with a line break.
    target._write(out);

    structRoot.data.K = new Ref(this.root.id);
    structRoot.data.ParentTree = new Ref(parentTree);
    structRoot.data.ParentTreeNextKey = this.parents.length;
  }
}

/** A PDF text string: PDFDocEncoding-compatible ASCII as a literal, anything else as UTF-16BE in hex. */
function textString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[()\\]/g, (c) => `\\${c}`)})`;
  const bytes = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  return `<${bytes.toString('hex').toUpperCase()}>`;
}
