import { createWriteStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/** Noto Sans CJK (Debian's fonts-noto-cjk, OFL): embedded as a subset, so a printout never depends on the reader's fonts. */
const FONT_FILES = { regular: 'NotoSansCJK-Regular.ttc', bold: 'NotoSansCJK-Bold.ttc' } as const;
const FONT_NAMES = { regular: 'NotoSansCJKsc-Regular', bold: 'NotoSansCJKsc-Bold' } as const;
type Weight = keyof typeof FONT_FILES;

// each collection is ~20 MB: read once per process
const fontCache = new Map<string, Promise<Buffer>>();
const fontBytes = (path: string) => {
  if (!fontCache.has(path)) fontCache.set(path, readFile(path));
  return fontCache.get(path)!;
};

/** A4 in points, and the margins every page keeps (the running head and foot sit inside them). */
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 64, bottom: 60, left: 56, right: 56 };
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const CELL_PADDING = 4;

export interface TableColumn {
  header: string;
  /** Share of the content width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface PrintedPageFrame {
  /** On the document's properties and, large, at the top of the first page. */
  title: string;
  /** The issuing unit, at the head of every page. */
  unitName: string;
  /** The record's reference, at the head of every page, so a loose page finds its file. */
  reference: string;
  fontDir: string;
}

/**
 * A printed form (A4, portrait): the unit's name and the reference at the head of every page and 第 x 页 共 y 页 at
 * the foot, text in an embedded CJK font; tables repeat their header row on each page they run onto.
 */
export class PrintedDocument {
  private readonly doc: PDFKit.PDFDocument;

  private constructor(
    private readonly frame: PrintedPageFrame,
    fonts: Record<Weight, Buffer>,
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      info: { Title: frame.title, Author: frame.unitName, Subject: frame.reference, Creator: 'Bangfu' },
    });
    this.doc.registerFont('regular', fonts.regular, FONT_NAMES.regular);
    this.doc.registerFont('bold', fonts.bold, FONT_NAMES.bold);
    this.doc.font('regular');
  }

  static async open(frame: PrintedPageFrame): Promise<PrintedDocument> {
    const paths = { regular: join(frame.fontDir, FONT_FILES.regular), bold: join(frame.fontDir, FONT_FILES.bold) };
    for (const path of Object.values(paths)) {
      const found = await stat(path).catch(() => null);
      if (!found) throw new Error(`PDF font ${path} is missing: install fonts-noto-cjk or set PDF_FONT_DIR`);
    }
    return new PrintedDocument(frame, { regular: await fontBytes(paths.regular), bold: await fontBytes(paths.bold) });
  }

  /** The form's title, centred, with an optional line under it (the period, the case number). */
  title(subtitle?: string, size = 18): this {
    this.doc.font('bold').fontSize(size).text(this.frame.title, { align: 'center' });
    if (subtitle)
      this.doc
        .font('regular')
        .fontSize(Math.max(11, size * 0.6))
        .moveDown(0.3)
        .text(subtitle, { align: 'center' });
    this.doc.moveDown(1);
    return this;
  }

  heading(text: string): this {
    // a heading keeps at least a few lines of what it heads on its page
    this.ensureRoom(90);
    this.doc.font('bold').fontSize(12).text(text, MARGIN.left, this.doc.y, { width: CONTENT_WIDTH }).moveDown(0.3);
    return this;
  }

  paragraph(text: string, size = 10.5): this {
    this.doc.font('regular').fontSize(size).text(text, MARGIN.left, this.doc.y, { width: CONTENT_WIDTH }).moveDown(0.5);
    return this;
  }

  /** Label–value pairs, two to a row, as a form's particulars. */
  fields(pairs: [string, string][]): this {
    const columns: TableColumn[] = [
      { header: '', width: 0.17 },
      { header: '', width: 0.33 },
      { header: '', width: 0.17 },
      { header: '', width: 0.33 },
    ];
    const rows: string[][] = [];
    for (let index = 0; index < pairs.length; index += 2) rows.push([...pairs[index], ...(pairs[index + 1] ?? ['', ''])]);
    return this.table(columns, rows, { headerRow: false, labelColumns: [0, 2] });
  }

  /** A ruled table; the header row is repeated at the top of every page the table runs onto. */
  table(
    columns: TableColumn[],
    rows: string[][],
    options: { size?: number; headerRow?: boolean; labelColumns?: number[]; minRowHeight?: number } = {},
  ): this {
    const size = options.size ?? 10;
    const widths = columns.map((column) => column.width * CONTENT_WIDTH);
    const heightOf = (cells: string[], font: Weight) => {
      this.doc.font(font).fontSize(size);
      const tallest = Math.max(
        ...cells.map((cell, index) => this.doc.heightOfString(cell || ' ', { width: widths[index] - 2 * CELL_PADDING })),
      );
      return Math.max(tallest + 2 * CELL_PADDING, options.minRowHeight ?? 0);
    };
    const drawRow = (cells: string[], header: boolean) => {
      const height = heightOf(cells, header ? 'bold' : 'regular');
      let x = MARGIN.left;
      const y = this.doc.y;
      cells.forEach((cell, index) => {
        const label = header || options.labelColumns?.includes(index);
        if (label) this.doc.rect(x, y, widths[index], height).fillColor('#f0f0f0').fill().fillColor('black');
        this.doc.rect(x, y, widths[index], height).lineWidth(0.5).strokeColor('#333333').stroke();
        this.doc
          .font(header ? 'bold' : 'regular')
          .fontSize(size)
          .text(cell, x + CELL_PADDING, y + CELL_PADDING, {
            width: widths[index] - 2 * CELL_PADDING,
            align: columns[index].align ?? 'left',
          });
        x += widths[index];
      });
      this.doc.x = MARGIN.left;
      this.doc.y = y + height;
    };
    const headers = columns.map((column) => column.header);
    const withHeader = options.headerRow ?? true;
    this.ensureRoom((withHeader ? heightOf(headers, 'bold') : 0) + (rows[0] ? heightOf(rows[0], 'regular') : 0));
    if (withHeader) drawRow(headers, true);
    for (const row of rows) {
      if (this.ensureRoom(heightOf(row, 'regular')) && withHeader) drawRow(headers, true);
      drawRow(row, false);
    }
    this.doc.moveDown(0.8);
    return this;
  }

  /** Lines for signatures and dates, as a form is signed and archived on paper. */
  signatures(labels: string[]): this {
    this.ensureRoom(30 * Math.ceil(labels.length / 2) + 20);
    this.doc.moveDown(1);
    const half = CONTENT_WIDTH / 2;
    for (let index = 0; index < labels.length; index += 2) {
      const y = this.doc.y;
      labels.slice(index, index + 2).forEach((label, offset) => {
        this.doc
          .font('regular')
          .fontSize(10.5)
          .text(`${label}：______________________`, MARGIN.left + offset * half, y, { width: half });
      });
      this.doc.x = MARGIN.left;
      this.doc.y = y + 30;
    }
    return this;
  }

  /** Writes the file with the running head and foot on every page; resolves with the page count and size. */
  async save(filePath: string): Promise<{ pages: number; bytes: number }> {
    await mkdir(dirname(filePath), { recursive: true });
    const range = this.doc.bufferedPageRange();
    for (let index = 0; index < range.count; index += 1) {
      this.doc.switchToPage(range.start + index);
      // the head and foot sit in the margins: lift the bottom margin so pdfkit does not start a new page for them
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc.font('regular').fontSize(8.5).fillColor('#444444');
      this.doc.text(this.frame.unitName, MARGIN.left, 30, { width: CONTENT_WIDTH / 2, lineBreak: false });
      this.doc.text(`编号：${this.frame.reference}`, MARGIN.left + CONTENT_WIDTH / 2, 30, {
        width: CONTENT_WIDTH / 2,
        align: 'right',
        lineBreak: false,
      });
      this.doc
        .moveTo(MARGIN.left, 44)
        .lineTo(A4.width - MARGIN.right, 44)
        .lineWidth(0.5)
        .strokeColor('#999999')
        .stroke();
      this.doc.text(`第 ${index + 1} 页 共 ${range.count} 页`, MARGIN.left, A4.height - 40, {
        width: CONTENT_WIDTH,
        align: 'center',
        lineBreak: false,
      });
      this.doc.fillColor('black');
      this.doc.page.margins.bottom = bottom;
    }
    const out = createWriteStream(filePath);
    const written = new Promise<void>((resolvePromise, reject) => {
      out.on('finish', resolvePromise);
      out.on('error', reject);
    });
    this.doc.pipe(out);
    this.doc.end();
    await written;
    return { pages: range.count, bytes: (await stat(filePath)).size };
  }

  /** Starts a new page when `height` does not fit on this one; says whether it did. */
  private ensureRoom(height: number): boolean {
    if (this.doc.y + height <= A4.height - MARGIN.bottom) return false;
    this.doc.addPage();
    return true;
  }
}
