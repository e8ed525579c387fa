import PDFDocument from 'pdfkit';

// A small, plain layout over pdfkit for printed case files: headings,
// label/value lines, paragraphs and bullet lists, with the child's code in
// every page's footer (the paper file is labelled by the child's ID, never the name).

export type PdfWriter = {
  title(childCode: string, subtitle: string): void;
  heading(text: string): void;
  subheading(text: string): void;
  field(label: string, value: string | number | null | undefined): void;
  paragraph(text: string | null | undefined): void;
  bullet(text: string): void;
  none(text?: string): void;
  finish(): Promise<Buffer>;
};

export function pdfWriter(opts: { childCode: string; footer: string; createdAt: Date }): PdfWriter {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 60, left: 50, right: 50 },
    bufferPages: true,
    info: { Title: `Case file ${opts.childCode}`, Subject: 'Rinda case file (confidential)', CreationDate: opts.createdAt, Producer: 'Rinda' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  const text = (t: string, size: number, font = 'Helvetica', gap = 0.2) => {
    doc.font(font).fontSize(size).text(t, { width });
    doc.moveDown(gap);
  };

  return {
    title(childCode, subtitle) {
      text(childCode, 22, 'Helvetica-Bold', 0.1);
      text(subtitle, 11, 'Helvetica', 0.1);
      text('CONFIDENTIAL: child protection case file. Need-to-know only (Law No 058/2021).', 8, 'Helvetica-Oblique', 0.8);
    },
    heading(t) {
      doc.moveDown(0.6);
      text(t, 14, 'Helvetica-Bold', 0.3);
    },
    subheading(t) {
      text(t, 11, 'Helvetica-Bold', 0.15);
    },
    field(label, value) {
      doc.font('Helvetica-Bold').fontSize(10).text(`${label}: `, { continued: true, width });
      doc.font('Helvetica').text(value === null || value === undefined || value === '' ? '-' : String(value));
    },
    paragraph(t) {
      if (t) text(t, 10, 'Helvetica', 0.3);
    },
    bullet(t) {
      doc.font('Helvetica').fontSize(10).text(`•  ${t}`, { width, indent: 8 });
    },
    none(t = 'None recorded.') {
      text(t, 10, 'Helvetica-Oblique', 0.2);
    },
    finish() {
      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        const bottom = doc.page.height - 40;
        doc.font('Helvetica').fontSize(8);
        // Writing below the bottom margin would add a page: lift the margin for the footer.
        const margin = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        doc.text(`${opts.childCode}  ·  ${opts.footer}  ·  page ${i + 1} of ${range.count}`, doc.page.margins.left, bottom, {
          width,
          align: 'center',
          lineBreak: false,
        });
        doc.page.margins.bottom = margin;
      }
      return new Promise((resolve) => {
        doc.on('end', () => resolve(Buffer.concat(chunks)));
        doc.end();
      });
    },
  };
}
