// Which files may join a case file, judged by their first bytes (never by the
// name or the type the browser claims): scanned documents and evidence as
// PDF, JPEG or PNG, and Word documents (DOCX).

export const ATTACHMENT_TYPES = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
type AttachmentContentType = (typeof ATTACHMENT_TYPES)[keyof typeof ATTACHMENT_TYPES];

const startsWith = (buf: Buffer, bytes: number[]) => buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04

/**
 * The content type of an allowed file, or null. A DOCX is a ZIP archive whose
 * entry names (stored uncompressed) include word/document.xml and
 * [Content_Types].xml; any other ZIP (or an executable renamed .docx) is refused.
 */
export function detectAttachmentType(buf: Buffer): AttachmentContentType | null {
  if (startsWith(buf, PDF)) return ATTACHMENT_TYPES.pdf;
  if (startsWith(buf, JPEG)) return ATTACHMENT_TYPES.jpeg;
  if (startsWith(buf, PNG)) return ATTACHMENT_TYPES.png;
  if (startsWith(buf, ZIP) && buf.includes('word/document.xml') && buf.includes('[Content_Types].xml')) return ATTACHMENT_TYPES.docx;
  return null;
}

const EXTENSIONS: Record<AttachmentContentType, string> = {
  [ATTACHMENT_TYPES.pdf]: '.pdf',
  [ATTACHMENT_TYPES.jpeg]: '.jpg',
  [ATTACHMENT_TYPES.png]: '.png',
  [ATTACHMENT_TYPES.docx]: '.docx',
};

/**
 * A file name safe to store and to send back in a header: the last path
 * segment, without control characters, at most 150 characters, ending in the
 * extension of the detected type. The client's extension is dropped: a
 * DOCX-shaped ZIP named `.jar` would otherwise be opened by whatever handles
 * `.jar` on the computer that downloads it.
 */
export function safeFileName(given: string | undefined, type: AttachmentContentType): string {
  const base = (given ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  const stem = base
    .replace(/\.[A-Za-z0-9]{1,10}$/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 150)
    .trim();
  return (stem && !/^\.+$/.test(stem) ? stem : 'attachment') + EXTENSIONS[type];
}

/**
 * A Content-Disposition header that keeps any name (RFC 6266): always
 * `attachment` (never shown inline), an ASCII fallback, and the UTF-8 name as
 * an RFC 5987 `filename*` (whose attr-char excludes ' ( ) *, which
 * encodeURIComponent leaves alone).
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"%;]/g, '_');
  const utf8 = encodeURIComponent(fileName).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
