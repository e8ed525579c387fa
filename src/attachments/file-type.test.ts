import { describe, expect, it } from 'vitest';
import { contentDisposition, detectAttachmentType, safeFileName } from './file-type.js';

const bytes = (...parts: (number[] | string)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('detectAttachmentType', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(detectAttachmentType(bytes('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(detectAttachmentType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'))).toBe('image/jpeg');
    expect(detectAttachmentType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'))).toBe('image/png');
  });

  it('recognises a Word document, and refuses any other ZIP archive', () => {
    const docx = bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....word/document.xml....');
    expect(detectAttachmentType(docx)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(detectAttachmentType(bytes([0x50, 0x4b, 0x03, 0x04], '....payload.exe....'))).toBeNull();
  });

  it('refuses other files whatever their name claims, and a file too short to tell', () => {
    expect(detectAttachmentType(bytes('MZ\x90\x00 this is an executable'))).toBeNull();
    expect(detectAttachmentType(bytes('<html><script>'))).toBeNull();
    expect(detectAttachmentType(bytes('%PD'))).toBeNull();
    expect(detectAttachmentType(Buffer.alloc(0))).toBeNull();
  });
});

describe('safeFileName and contentDisposition', () => {
  it('keeps only the last path segment, drops control characters and quotes, and adds the extension when missing', () => {
    expect(safeFileName('C:\\scans\\..\\medical "report".pdf', 'application/pdf')).toBe('medical report.pdf');
    expect(safeFileName('../../etc/passwd', 'image/png')).toBe('passwd.png');
    expect(safeFileName(undefined, 'image/jpeg')).toBe('attachment.jpg');
    expect(safeFileName('x\u0000\u001b.png', 'image/png')).toBe('x.png');
  });
  it("replaces the client's extension with the detected type's", () => {
    expect(safeFileName('report.jar', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('report.docx');
    expect(safeFileName('scan.html', 'application/pdf')).toBe('scan.pdf');
    expect(safeFileName('photo.JPEG', 'image/jpeg')).toBe('photo.jpg');
    expect(safeFileName('..', 'image/png')).toBe('attachment.png');
    expect(safeFileName('x'.repeat(300) + '.pdf', 'application/pdf')).toBe('x'.repeat(150) + '.pdf');
  });

  it('gives an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('Ifishi y’ubuvuzi.pdf')).toBe('attachment; filename="Ifishi y_ubuvuzi.pdf"; filename*=UTF-8\'\'Ifishi%20y%E2%80%99ubuvuzi.pdf');
    expect(contentDisposition("a'(b)*;%.pdf")).toBe("attachment; filename=\"a'(b)*__.pdf\"; filename*=UTF-8''a%27%28b%29%2A%3B%25.pdf");
  });
});
