import { inflateSync } from 'node:zlib';

// The text a PDF shows, for asserting what a printed document contains: every
// FlateDecode stream is inflated and its text operators (Tj, TJ) are read.
// Enough for the documents Rinda writes (pdfkit, standard fonts): strings as
// hex or literal, one line per text object (BT … ET).

function literal(s: string): string {
  return s.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
    const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return map[e] ?? String.fromCharCode(parseInt(e, 8));
  });
}

function hex(s: string): string {
  const h = s.replace(/\s+/g, '');
  let out = '';
  for (let i = 0; i < h.length; i += 2) out += String.fromCharCode(parseInt(h.slice(i, i + 2).padEnd(2, '0'), 16));
  return out;
}

const STRING = /<([0-9a-fA-F\s]*)>|\(((?:\\.|[^\\)])*)\)/g;

function strings(operand: string): string {
  let out = '';
  for (const m of operand.matchAll(STRING)) out += m[1] !== undefined ? hex(m[1]) : literal(m[2]!);
  return out;
}

/** The text of a content stream, one line per text object. */
function contentText(content: string): string[] {
  const lines: string[] = [];
  for (const block of content.matchAll(/BT([\s\S]*?)ET/g)) {
    let line = '';
    for (const op of block[1]!.matchAll(/(\[(?:[^\]\\]|\\.)*\])\s*TJ|(<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\))\s*Tj/g)) {
      line += strings(op[1] ?? op[2]!);
    }
    lines.push(line);
  }
  return lines;
}

/** Every line of text the PDF shows (its FlateDecode streams inflated). */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  const streamRe = /<<([\s\S]*?)>>\s*stream\r?\n/g;
  for (let m = streamRe.exec(raw); m; m = streamRe.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const body = pdf.subarray(start, end);
    let content: string;
    if (/\/FlateDecode/.test(m[1]!)) {
      try {
        content = inflateSync(body).toString('latin1');
      } catch {
        continue; // a stream that is not text (a font, an image) may not inflate whole: skip it
      }
    } else content = body.toString('latin1');
    lines.push(...contentText(content));
    streamRe.lastIndex = end;
  }
  return lines.join('\n');
}
