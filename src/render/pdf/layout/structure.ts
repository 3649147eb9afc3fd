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

/** A structure element: what it is, where it hangs, and what belongs to it in reading order. */
export interface StructElement {
  readonly tag: StructTag;
  readonly alt: string | undefined;
  readonly kids: (StructElement | Content)[];
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
  readonly root: StructElement = { tag: 'Document', alt: undefined, kids: [] };
  /** Per parent-tree key: the elements of a page's MCIDs in order, or the element of an annotation. */
  private readonly parents: (StructElement[] | StructElement)[] = [];

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** A new element, the last child of `parent`. */
  add(parent: StructElement, tag: StructTag, alt?: string): StructElement {
    const element: StructElement = { tag, alt, kids: [] };
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
    const ids = new Map<StructElement, number>();
    const order: StructElement[] = [];
    // Object numbers in reading order, each element before its children.
    const number = (e: StructElement): void => {
      target._offsets.push(null);
      ids.set(e, target._offsets.length);
      order.push(e);
      for (const k of e.kids) if ('tag' in k) number(k);
    };
    number(this.root);
    target._offsets.push(null);
    const parentTree = target._offsets.length;

    const parentOf = new Map<StructElement, number>();
    for (const e of order) for (const k of e.kids) if ('tag' in k) parentOf.set(k, ids.get(e)!);
    const rootId = (structRoot as unknown as { id: number }).id;

    // Every character of the objects is one byte (latin1), so string positions are file offsets.
    let out = '';
    const start = target._offset;
    for (const e of order) {
      const id = ids.get(e)!;
      target._offsets[id - 1] = start + out.length;
      out += `${id} 0 obj\n<</S /${e.tag}`;
      if (e.alt !== undefined) out += ` /Alt ${textString(e.alt)}`;
      out += ` /P ${parentOf.get(e) ?? rootId} 0 R`;
      let pg: PageDictionary | undefined;
      const kids: string[] = [];
      for (const k of e.kids) {
        if ('tag' in k) {
          kids.push(`${ids.get(k)!} 0 R`);
        } else if (k.mcid < 0) {
          kids.push(`<</Type /OBJR /Obj ${k.annotation} 0 R /Pg ${k.page.id} 0 R>>`);
        } else {
          // Sequences on the element's first page are bare MCIDs; on later pages, references.
          pg ??= k.page;
          kids.push(k.page === pg ? String(k.mcid) : `<</Type /MCR /Pg ${k.page.id} 0 R /MCID ${k.mcid}>>`);
        }
      }
      if (pg !== undefined) out += ` /Pg ${pg.id} 0 R`;
      if (kids.length === 1) out += ` /K ${kids[0]!}`;
      else if (kids.length > 1) out += ` /K [${kids.join(' ')}]`;
      out += '>>\nendobj\n';
    }
    target._offsets[parentTree - 1] = start + out.length;
    out += `${parentTree} 0 obj\n<</Nums [`;
    this.parents.forEach((p, key) => {
      out += Array.isArray(p) ? `\n${key} [${p.map((e) => `${ids.get(e)!} 0 R`).join(' ')}]` : `\n${key} ${ids.get(p)!} 0 R`;
    });
    out += ']>>\nendobj';
    // pdfkit ends what it writes with a line break.
    target._write(out);

    structRoot.data.K = new Ref(ids.get(this.root)!);
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
