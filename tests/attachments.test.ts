import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { client, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { auditActions, followupWorld, openCase, timelineKinds, type World } from './followup-support.js';

// Attachments: type whitelist by content, size limit, encryption at rest,
// and an audit entry for every download.

const MAX = 2 * 1024 * 1024; // above the 1 MB JSON body limit, to show uploads have their own
let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp({ attachmentMaxBytes: MAX });
  w = await followupWorld(t);
});
afterAll(() => t.close());

type Part = { name: string; value: string } | { name: string; filename: string; type: string; content: Buffer };

function multipart(parts: Part[]) {
  const boundary = '----rinda-test-boundary';
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const head =
      'filename' in p
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: ${p.type}\r\n\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n`;
    chunks.push(Buffer.from(head), 'filename' in p ? p.content : Buffer.from(p.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

function upload(session: Session, caseId: string, parts: Part[]) {
  const body = multipart(parts);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/attachments`,
    payload: body.payload,
    headers: { ...body.headers, cookie: session.cookie, 'x-csrf-token': session.csrf },
  });
}

const pdf = (size = 2000) => Buffer.concat([Buffer.from('%PDF-1.4\n% scanned intake form\n'), Buffer.alloc(size, 0x41)]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]);
const filePart = (content: Buffer, filename = 'intake form.pdf', type = 'application/pdf'): Part => ({ name: 'file', filename, type, content });

describe('attachments', () => {
  it('stores an upload encrypted, lists it, and gives back the same bytes on an audited download', async () => {
    const { case: kase } = await openCase(t, w);
    const content = pdf();
    const res = await upload(w.cso.session, kase.id, [
      { name: 'category', value: 'scanned_form' },
      filePart(content),
      { name: 'description', value: 'Signed intake form' },
    ]);
    expect(res.statusCode).toBe(201);
    const att = res.json();
    expect(att).toMatchObject({
      caseId: kase.id,
      category: 'scanned_form',
      description: 'Signed intake form',
      fileName: 'intake form.pdf',
      contentType: 'application/pdf',
      sizeBytes: content.length,
      uploadedBy: { id: w.cso.user.id },
    });

    // At rest: not the uploaded bytes, and no run of them either.
    const stored = await t.database.db.selectFrom('case_attachments').select('content').where('id', '=', att.id).executeTakeFirstOrThrow();
    const storedBytes = Buffer.from(stored.content);
    expect(storedBytes.equals(content)).toBe(false);
    expect(storedBytes.includes(Buffer.from('%PDF'))).toBe(false);
    expect(storedBytes.includes(Buffer.alloc(64, 0x41))).toBe(false);

    const list = await client(t, w.supervisor.session).get(`/api/v1/cases/${kase.id}/attachments`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([att.id]);

    const download = await client(t, w.cpwo.session).get(`/api/v1/cases/${kase.id}/attachments/${att.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('filename="intake form.pdf"');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(content)).toBe(true);
    await client(t, w.cpwo.session).get(`/api/v1/cases/${kase.id}/attachments/${att.id}`);
    const downloads = await t.database.db
      .selectFrom('audit_events')
      .select(['actor_id', 'action'])
      .where('entity_id', '=', att.id)
      .where('action', '=', 'case.attachment.download')
      .execute();
    expect(downloads).toEqual([
      { actor_id: w.cpwo.user.id, action: 'case.attachment.download' },
      { actor_id: w.cpwo.user.id, action: 'case.attachment.download' },
    ]);
    expect(await auditActions(t, kase.id)).toContain('case.attachment.add');
    expect(await timelineKinds(t, kase.id)).toContain('attachment.added');
  });

  it('judges the type by content: a PNG named .pdf is stored as PNG, an executable named .pdf is refused', async () => {
    const { case: kase } = await openCase(t, w);
    const asPng = await upload(w.cso.session, kase.id, [{ name: 'category', value: 'photo' }, filePart(png, 'photo.pdf', 'application/pdf')]);
    expect(asPng.statusCode).toBe(201);
    expect(asPng.json().contentType).toBe('image/png');
    const exe = await upload(w.cso.session, kase.id, [
      { name: 'category', value: 'evidence' },
      filePart(Buffer.from('MZ\x90\x00 not a document'), 'evidence.pdf'),
    ]);
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.messageKey).toBe('errors.attachment_type_not_allowed');
    const html = await upload(w.cso.session, kase.id, [
      { name: 'category', value: 'evidence' },
      filePart(Buffer.from('<html><script>alert(1)</script>'), 'x.png', 'image/png'),
    ]);
    expect(html.json().error.messageKey).toBe('errors.attachment_type_not_allowed');
    const empty = await upload(w.cso.session, kase.id, [{ name: 'category', value: 'evidence' }, filePart(Buffer.alloc(0))]);
    expect(empty.json().error.messageKey).toBe('errors.attachment_empty');
    const list = await client(t, w.cso.session).get(`/api/v1/cases/${kase.id}/attachments`);
    expect(list.json().items).toHaveLength(1);
  });

  it('accepts a file above the JSON body limit and refuses one above the attachment limit with 413', async () => {
    const { case: kase } = await openCase(t, w);
    const big = await upload(w.cso.session, kase.id, [{ name: 'category', value: 'scanned_form' }, filePart(pdf(1_500_000))]);
    expect(big.statusCode).toBe(201);
    const tooBig = await upload(w.cso.session, kase.id, [{ name: 'category', value: 'scanned_form' }, filePart(pdf(MAX + 10))]);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error).toMatchObject({ code: 'payload_too_large', messageKey: 'errors.attachment_too_large', details: { maxBytes: MAX } });
    expect((await client(t, w.cso.session).get(`/api/v1/cases/${kase.id}/attachments`)).json().items).toHaveLength(1);
  });

  it('refuses a missing file, a missing or unknown category, and JSON instead of a form', async () => {
    const { case: kase } = await openCase(t, w);
    const noFile = await upload(w.cso.session, kase.id, [{ name: 'category', value: 'evidence' }]);
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.messageKey).toBe('errors.attachment_file_missing');
    const noCategory = await upload(w.cso.session, kase.id, [filePart(pdf())]);
    expect(noCategory.statusCode).toBe(400);
    expect(noCategory.json().error.fields[0].field).toBe('body.category');
    const badCategory = await upload(w.cso.session, kase.id, [{ name: 'category', value: 'selfie' }, filePart(pdf())]);
    expect(badCategory.statusCode).toBe(400);
    const json = await client(t, w.cso.session).post(`/api/v1/cases/${kase.id}/attachments`, { category: 'evidence' });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.messageKey).toBe('errors.attachment_file_missing');
  });

  it('denies upload and download outside the case scope or without the role', async () => {
    const { case: kase } = await openCase(t, w);
    const ok = await upload(w.cso.session, kase.id, [{ name: 'category', value: 'evidence' }, filePart(pdf())]);
    const one = `/api/v1/cases/${kase.id}/attachments/${ok.json().id}`;
    expect((await upload(w.supervisor.session, kase.id, [{ name: 'category', value: 'evidence' }, filePart(pdf())])).statusCode).toBe(403);
    expect((await upload(w.izu.session, kase.id, [{ name: 'category', value: 'evidence' }, filePart(pdf())])).statusCode).toBe(403);
    expect((await upload(w.otherCso.session, kase.id, [{ name: 'category', value: 'evidence' }, filePart(pdf())])).statusCode).toBe(404);
    expect((await client(t, w.otherCso.session).get(one)).statusCode).toBe(404);
    expect((await client(t, w.bugeseraCpwo.session).get(one)).statusCode).toBe(404);
    expect((await client(t, w.analyst.session).get(one)).statusCode).toBe(403);
    expect((await client(t, w.izu.session).get(`/api/v1/cases/${kase.id}/attachments`)).statusCode).toBe(403);
    // An attachment id under another case is not found there.
    const { case: other } = await openCase(t, w);
    expect((await client(t, w.cso.session).get(`/api/v1/cases/${other.id}/attachments/${ok.json().id}`)).statusCode).toBe(404);
    const denied = await t.database.db
      .selectFrom('audit_events')
      .select('seq')
      .where('entity_id', '=', ok.json().id)
      .where('action', '=', 'case.attachment.download')
      .execute();
    expect(denied).toEqual([]);
  });

  it('does not open content copied into another row (it is bound to its own)', async () => {
    const { case: kase } = await openCase(t, w);
    const a = (await upload(w.cso.session, kase.id, [{ name: 'category', value: 'evidence' }, filePart(pdf())])).json();
    const b = (await upload(w.cso.session, kase.id, [{ name: 'category', value: 'evidence' }, filePart(png, 'b.png', 'image/png')])).json();
    const sealedA = await t.database.db.selectFrom('case_attachments').select('content').where('id', '=', a.id).executeTakeFirstOrThrow();
    await t.database.db
      .updateTable('case_attachments')
      .set({ content: Buffer.from(sealedA.content) })
      .where('id', '=', b.id)
      .execute();
    const res = await client(t, w.cso.session).get(`/api/v1/cases/${kase.id}/attachments/${b.id}`);
    expect(res.statusCode).toBe(500);
  });
});

describe('stored names and downloads (hardening item 11)', () => {
  const docx = Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04]),
    Buffer.from('\x14\x00[Content_Types].xml....word/document.xml....', 'latin1'),
    Buffer.alloc(200, 0x20),
  ]);
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('\x14\x00META-INF/MANIFEST.MF....Main.class....', 'latin1')]);
  const html = Buffer.from('<!doctype html><html><body><script>fetch("/api/v1/cases")</script></body></html>');
  const evidence = (content: Buffer, filename: string, type = 'application/octet-stream') => [
    { name: 'category', value: 'evidence' },
    filePart(content, filename, type),
  ];
  const count = async (caseId: string) => (await t.database.db.selectFrom('case_attachments').select('id').where('case_id', '=', caseId).execute()).length;

  it('a DOCX-shaped ZIP named .jar or .html is stored and sent back as .docx, as an attachment the browser does not sniff', async () => {
    const { case: kase } = await openCase(t, w);
    for (const [given, stored] of [
      ['payload.jar', 'payload.docx'],
      ['report.html', 'report.docx'],
      ['notes.docx.jar', 'notes.docx.docx'],
      ['.jar', 'attachment.docx'],
    ]) {
      const res = await upload(w.cso.session, kase.id, evidence(docx, given!, 'application/java-archive'));
      expect(res.statusCode, given).toBe(201);
      expect(res.json(), given).toMatchObject({ fileName: stored, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
      const row = await t.database.db.selectFrom('case_attachments').select('file_name').where('id', '=', res.json().id).executeTakeFirstOrThrow();
      expect(row.file_name, given).toBe(stored);
      const download = await client(t, w.cso.session).get(`/api/v1/cases/${kase.id}/attachments/${res.json().id}`);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(download.headers['content-disposition']).toBe(`attachment; filename="${stored}"; filename*=UTF-8''${stored}`);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('refuses a ZIP that is not a Word document and an HTML file named .pdf, storing nothing', async () => {
    const { case: kase } = await openCase(t, w);
    for (const [content, name, type] of [
      [zip, 'tool.jar', 'application/java-archive'],
      [zip, 'tool.docx', 'application/zip'],
      [html, 'scan.pdf', 'application/pdf'],
      [html, 'page.html', 'text/html'],
    ] as const) {
      const res = await upload(w.cso.session, kase.id, evidence(content, name, type));
      expect(res.statusCode, name).toBe(400);
      expect(res.json().error.messageKey, name).toBe('errors.attachment_type_not_allowed');
    }
    expect(await count(kase.id)).toBe(0);
  });

  it('a name with quotes, semicolons, a percent sign and non-ASCII letters is safe in the header (RFC 5987 filename*)', async () => {
    const { case: kase } = await openCase(t, w);
    const res = await upload(w.cso.session, kase.id, evidence(pdf(), "Raporo y'umwana (1); 100% “kopi”.exe", 'application/pdf'));
    expect(res.statusCode, res.body).toBe(201);
    const stored = "Raporo y'umwana (1); 100% “kopi”.pdf";
    expect(res.json().fileName).toBe(stored);
    const download = await client(t, w.cso.session).get(`/api/v1/cases/${kase.id}/attachments/${res.json().id}`);
    expect(download.headers['content-disposition']).toBe(
      "attachment; filename=\"Raporo y'umwana (1)_ 100_ _kopi_.pdf\"; filename*=UTF-8''Raporo%20y%27umwana%20%281%29%3B%20100%25%20%E2%80%9Ckopi%E2%80%9D.pdf",
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
  });

  it('migration 0021 gives names stored before the extension of their content type', async () => {
    const { case: kase } = await openCase(t, w);
    const res = await upload(w.cso.session, kase.id, evidence(docx, 'old.docx'));
    const png = await upload(w.cso.session, kase.id, evidence(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'photo.png'));
    await t.database.db.updateTable('case_attachments').set({ file_name: 'old.jar' }).where('id', '=', res.json().id).execute();
    await t.database.db.updateTable('case_attachments').set({ file_name: 'photo' }).where('id', '=', png.json().id).execute();
    const migration = readFileSync(new URL('../migrations/0021_attachment_file_extensions.sql', import.meta.url), 'utf8');
    await sql.raw(migration).execute(t.database.db);
    const names = await t.database.db.selectFrom('case_attachments').select(['id', 'file_name']).where('case_id', '=', kase.id).orderBy('file_name').execute();
    expect(names.map((n) => n.file_name)).toEqual(['old.docx', 'photo.png']);
  });
});
