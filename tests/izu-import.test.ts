import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, PLACES, signedIn, type Session } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Issue 12: a district's IZU list imported from CSV or XLSX. Villages matched
// to the map tolerant of spelling; unknown or ambiguous ones reported per row
// with the candidates' full paths; phones to E.164; duplicates reported;
// nothing written unless every row is right.

let t: TestApp;
let cpwo: Session;
let coordinator: Session;
beforeAll(async () => {
  t = await createTestApp();
  cpwo = (await signedIn(t, { role: 'cpwo', jurisdictionId: PLACES.gasabo })).session;
  coordinator = (await signedIn(t, { role: 'izu_cell_coordinator', jurisdictionId: PLACES.gasaboCell })).session;
});
afterAll(() => t.close());

const HEADER = 'District,Sector,Cell,Village,Name,Sex,Phone,Status,Date selected,Trainings';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const GOOD = [
  'Gasabo,Bumbogo,Kinyaga,Akakaza,Mukamana Claudine,F,0788 100 001,active,10/04/2019,Basic training 2019-05-10; Positive parenting (02/03/2021)',
  'Gasabo,Bumbogo,Kinyaga,Akakaza,Habimana Jean,M,+250788100002,,2019-04-10,',
  // r/l and a dropped vowel: "Kigalama" in Nkusi is Kigarama; "Zndiro" is Zindiro
  'Gasabo,Jali,Nkusi,Kigalama,Nkurunziza Eric,male,250788100004,,,',
  'Gasabo,Bumbogo,Kinyaga,Zndiro,Uwera Diane,umugore,0788100005,,,',
];
const post = (s: Session, body: Record<string, unknown>) => client(t, s).post('/api/v1/izu/import', body);
const izuCount = async () =>
  (
    await t.database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'izu')
      .executeTakeFirstOrThrow()
  ).n;

describe('importing a CSV list', () => {
  it('previews a file with problems row by row, with the candidates of an ambiguous or unknown village, and writes nothing', async () => {
    const before = await izuCount();
    const res = await post(cpwo, {
      format: 'csv',
      content: csv(
        ...GOOD,
        'Gasabo,,,Kigarama,Uwase Aline,F,0788100006,,,',
        'Gasabo,Bumbogo,Kinyaga,Nowhereville,Ingabire Rose,F,0788100007,,,',
        'Gasabo,Bumbogo,Kinyaga,Kingabo,Mugabo Paul,M,12345,,,',
        'Gasabo,Bumbogo,Kinyaga,Kingabo,Mugisha Paul,M,0788100001,,31/02/2020,',
        'Gasabo,Bumbogo,Kinyaga,Muhozi,Kamana Yves,X,0788100009,retired,,Basic training',
      ),
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ dryRun: true, ok: false, rows: 9, created: 0 });
    const byRow = (row: number) => body.errors.filter((e: { row: number }) => e.row === row);
    expect(byRow(2)).toEqual([]);
    expect(byRow(4)).toEqual([]);
    expect(byRow(5)).toEqual([]);
    const ambiguous = byRow(6);
    expect(ambiguous).toHaveLength(1);
    expect(ambiguous[0]).toMatchObject({ field: 'village', messageKey: 'errors.izu_import_village_ambiguous', params: { count: 4 } });
    expect(ambiguous[0].candidates.map((c: { path: string }) => c.path)).toEqual([
      'Kigali City › Gasabo › Bumbogo › Kinyaga › Kigarama',
      'Kigali City › Gasabo › Jali › Nkusi › Kigarama',
      'Kigali City › Gasabo › Nduba › Sha › Kigarama',
      'Kigali City › Gasabo › Rusororo › Nyagahinga › Kigarama',
    ]);
    const unknown = byRow(7);
    expect(unknown[0]).toMatchObject({ field: 'village', messageKey: 'errors.izu_import_village_unknown' });
    expect(Array.isArray(unknown[0].candidates)).toBe(true);
    expect(byRow(8)).toEqual([expect.objectContaining({ field: 'phone', messageKey: 'errors.phone_invalid' })]);
    expect(byRow(9).map((e: { field: string; messageKey: string }) => [e.field, e.messageKey])).toEqual([
      ['phone', 'errors.izu_import_duplicate'],
      ['selected_on', 'errors.field.invalid_date'],
    ]);
    expect(byRow(10).map((e: { field: string }) => e.field)).toEqual(['sex', 'status', 'trainings']);
    // the good rows' preview: the village matched, the phone in E.164, the trainings read
    const first = body.preview.find((p: { row: number }) => p.row === 2);
    expect(first).toMatchObject({
      phone: '+250788100001',
      sex: 'female',
      status: 'active',
      selectedOn: '2019-04-10',
      village: { id: '12010101', path: 'Kigali City › Gasabo › Bumbogo › Kinyaga › Akakaza' },
      trainings: [
        { trainingCode: 'izu_basic', takenOn: '2019-05-10' },
        { trainingCode: 'izu_positive_parenting', takenOn: '2021-03-02' },
      ],
    });
    expect(body.preview.find((p: { row: number }) => p.row === 4).village.id).toBe('12060404');
    expect(body.preview.find((p: { row: number }) => p.row === 5).village.id).toBe('12010107');
    expect(await izuCount()).toBe(before);
  });

  it('reads each training as one of the training register’s IZU modules, and names a row whose training is none', async () => {
    const res = await post(cpwo, {
      format: 'csv',
      content: csv(...GOOD, 'Gasabo,Bumbogo,Kinyaga,Muhozi,Kamana Yves,M,0788100019,active,,Uburere bwiza 2021-03-02; Cooking 2020-01-01'),
    });
    expect(res.statusCode, res.body).toBe(200);
    const errors = res.json().errors.filter((e: { row: number }) => e.row === GOOD.length + 2);
    expect(errors.map((e: { field: string; messageKey: string }) => [e.field, e.messageKey])).toEqual([['trainings', 'errors.training_unknown']]);
  });

  it('refuses to import a file with any bad row, with the same errors, and writes nothing', async () => {
    const before = await izuCount();
    const res = await post(cpwo, { format: 'csv', dryRun: false, content: csv(...GOOD, 'Gasabo,,,Kigarama,Uwase Aline,F,0788100006,,,') });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.messageKey).toBe('errors.import_failed');
    expect(error.fields).toEqual([expect.objectContaining({ field: 'row 6.village', messageKey: 'errors.izu_import_village_ambiguous' })]);
    expect(error.details.errors[0].candidates).toHaveLength(4);
    expect(await izuCount()).toBe(before);
  });

  it('imports a file without problems in one go, and the pair shows in the registry', async () => {
    const res = await post(cpwo, { format: 'csv', dryRun: false, fileName: 'gasabo.csv', content: csv(...GOOD) });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ dryRun: false, ok: true, created: 4 });
    const registry = (await client(t, cpwo).get('/api/v1/izu/registry?placeId=12010101')).json();
    expect(registry.villages[0].volunteers.map((v: { fullName: string; phone: string; webAccess: boolean }) => [v.fullName, v.phone, v.webAccess])).toEqual([
      ['Habimana Jean', '+250788100002', false],
      ['Mukamana Claudine', '+250788100001', false],
    ]);
    expect(registry.summary.withPair).toBe(1);
  });

  it('reports numbers and full villages already on record', async () => {
    const res = await post(cpwo, {
      format: 'csv',
      content: csv('Gasabo,Bumbogo,Kinyaga,Akakaza,Uwase Aline,F,0788100099,,,', 'Gasabo,Bumbogo,Kinyaga,Kingabo,Kamana Yves,M,0788100002,,,'),
    });
    const errors = res.json().errors.map((e: { row: number; field: string; messageKey: string }) => [e.row, e.field, e.messageKey]);
    expect(errors).toEqual([
      [2, 'village', 'errors.izu_village_full'],
      [3, 'phone', 'errors.phone_taken'],
    ]);
  });

  it('finds only villages inside the importer’s district', async () => {
    const res = await post(cpwo, { format: 'csv', content: csv('Bugesera,Gashora,Ramiro,Rweru II,Uwase Aline,F,0788100101,,,') });
    expect(res.json().errors[0]).toMatchObject({ row: 2, field: 'village', messageKey: 'errors.izu_import_village_unknown' });
  });
});

describe('importing an XLSX list', () => {
  it('reads the first worksheet: numbers as phones, dates as dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('IZU');
    sheet.addRow(['Akarere', 'Umurenge', 'Akagari', 'Umudugudu', 'Amazina', 'Igitsina', 'Telefoni', 'Date selected', 'No.']);
    sheet.addRow(['Gasabo', 'Bumbogo', 'Kinyaga', 'Muhozi', 'Iradukunda Anne', 'F', 788100201, new Date('2020-06-01T00:00:00Z'), 1]);
    sheet.addRow(['Gasabo', 'Bumbogo', 'Kinyaga', 'Muhozi', 'Ndayisaba Eric', 'M', '0788 100 202', '', 2]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await post(cpwo, { format: 'xlsx', content });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ ok: true, rows: 2, ignoredColumns: ['No.'] });
    expect(preview.json().preview[0]).toMatchObject({ phone: '+250788100201', selectedOn: '2020-06-01', village: { id: '12010104' } });
    const done = await post(cpwo, { format: 'xlsx', content, dryRun: false });
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json().created).toBe(2);
  });
});

describe('files that cannot be imported', () => {
  it('refuses malformed, headerless, empty and oversized files with a 4xx, never a 500', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ format: 'xlsx', content: Buffer.from('not a spreadsheet').toString('base64') }, 400, 'errors.import_malformed'],
      [{ format: 'xlsx', content: Buffer.from('PK\u0003\u0004garbage').toString('base64') }, 400, 'errors.import_malformed'],
      [{ format: 'csv', content: `${HEADER}\n"unclosed,quote` }, 400, 'errors.import_malformed'],
      [{ format: 'csv', content: 'a,b,c\n1,2,3' }, 400, 'errors.import_bad_header'],
      [{ format: 'csv', content: HEADER }, 400, 'errors.import_empty'],
      [{ format: 'csv', content: 'x'.repeat(1_100_000) }, 413, 'errors.payload_too_large'],
      [{ format: 'pdf', content: 'x' }, 400, 'errors.validation'],
    ];
    for (const [body, status, key] of cases) {
      const res = await post(cpwo, body);
      expect(res.statusCode, `${key}: ${res.body.slice(0, 200)}`).toBe(status);
      expect(res.json().error.messageKey).toBe(key);
    }
  });

  it('refuses a file of more than 5,000 rows', async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => `Gasabo,,,Akakaza,Person ${i},F,07881${String(i).padStart(5, '0')},,,`);
    const res = await post(cpwo, { format: 'csv', content: csv(...rows) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.messageKey).toBe('errors.import_too_large');
  });

  it('lets only those who keep the registry import', async () => {
    const res = await post(coordinator, { format: 'csv', content: csv(...GOOD) });
    expect(res.statusCode).toBe(403);
  });
});
