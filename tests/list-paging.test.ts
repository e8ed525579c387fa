import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE } from '../src/http/paging.schemas.js';
import { insertCase } from './support/case-factories.js';
import { client, PLACES } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { followupWorld, type World } from './followup-support.js';

// Item 12 of the hardening issue (unbounded work): every list is read a page
// at a time under one paging rule (src/http/paging.ts), the page number has
// an upper bound as well as the size, and a value out of range is a clear 400
// naming the field. The register of paper files out, the incoming transfers
// and the supervisor's closure queue page with a total.

let t: TestApp;
let w: World;
let caseId = '';
beforeAll(async () => {
  t = await createTestApp();
  w = await followupWorld(t);
  caseId = (await insertCase(t, { openedBy: w.cpwo.user.id, leadCaseworkerId: w.cso.user.id, supervisorId: w.supervisor.user.id })).case.id;
});
afterAll(() => t.close());

type Operation = { parameters?: { in: string; name: string; schema?: { maximum?: number; minimum?: number } }[] };
const pagedRoutes = () => {
  const doc = t.app.swagger() as { paths: Record<string, { get?: Operation }> };
  return Object.entries(doc.paths)
    .filter(([, ops]) => ops.get?.parameters?.some((p) => p.in === 'query' && p.name === 'page'))
    .map(([path, ops]) => ({ path, url: path.replace('{id}', caseId), params: ops.get!.parameters! }));
};

describe('one bounded paging rule', () => {
  it('every paged list declares page 1..MAX_PAGE and a bounded pageSize, the three unpaged lists among them', () => {
    const routes = pagedRoutes();
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        '/api/v1/cases',
        '/api/v1/reports',
        '/api/v1/worklist',
        '/api/v1/notifications',
        '/api/v1/users',
        '/api/v1/organisations',
        '/api/v1/paper-files',
        '/api/v1/transfers/incoming',
        '/api/v1/closure-requests/pending',
        '/api/v1/cases/{id}/notes',
        '/api/v1/cases/{id}/feedback',
        '/api/v1/cases/{id}/services',
        '/api/v1/cases/{id}/visits',
        '/api/v1/cases/{id}/reviews',
        '/api/v1/cases/{id}/attachments',
        '/api/v1/cases/{id}/transfers',
        '/api/v1/cases/{id}/visit-requests',
        '/api/v1/visit-tasks',
      ]),
    );
    for (const r of routes) {
      const page = r.params.find((p) => p.in === 'query' && p.name === 'page')!;
      const size = r.params.find((p) => p.in === 'query' && p.name === 'pageSize');
      expect(page.schema, r.path).toMatchObject({ minimum: 1, maximum: MAX_PAGE });
      expect(size?.schema?.minimum, r.path).toBe(1);
      expect(size?.schema?.maximum, r.path).toBeLessThanOrEqual(200);
    }
  });

  // Lists bounded otherwise, each for the reason given; any other list must page.
  const boundedOtherwise: Record<string, string> = {
    '/api/v1/places': 'a search with its own limit (at most 100)',
    '/api/v1/cases/{id}/reintegrations': "one case's reintegration attempts (one in progress at a time)",
    '/api/v1/cases/{id}/reintegrations/{reintegrationId}/leads/{leadId}/izus': "the IZU of the lead's village and the areas above it",
    '/api/v1/cases/{id}/transition-plans': "one case's transition plans",
    '/api/v1/indicators': 'the indicator registry (defined once, in code)',
    '/api/v1/file-audits/{id}': "one audit's sample (its sample size)",
    '/api/v1/data-protection/emergency-access': 'the review list: at most 200, oldest first',
    '/api/v1/breach/child-reads': 'keyset pages with their own limit',
    '/api/v1/breach/user-reads': 'keyset pages with their own limit',
    '/api/v1/breach/address-reads': 'keyset pages with their own limit',
    '/api/v1/breaches': 'the breach register: at most 500, newest first',
    '/api/v1/care/forms': 'the forms of care (data, six)',
    '/api/v1/cases/{id}/care/carer-matches': 'suggestions with their own limit',
    '/api/v1/care/izu/placements': "the active placements of the IZU's own village",
    '/api/v1/places/{id}/children': "a place's children on the official map (a few dozen at most)",
    '/api/v1/audit': 'keyset pages: before and limit (at most 200)',
    '/api/v1/cases/{id}/visit-requests/izus': "the IZU of the child's village and the areas above it",
    '/api/v1/cases/{id}/allocation/candidates': 'at most 200, lightest caseload first',
    '/api/v1/cases/{id}/conference-candidates': 'a picker: the first 20 matches of a search',
    '/api/v1/children/matches': 'the 50 likeliest matches',
    '/api/v1/conferences/invitations': 'the latest 200',
    '/api/v1/cases/{id}/referral-providers': "the first 100 providers of a service covering the child's village",
    '/api/v1/reports/{id}/referral-providers': "the first 100 providers of a service covering the child's village",
    '/api/v1/reports/{id}/referrals': "a report's early intervention referrals (a few; at most 200)",
    '/api/v1/directory/service-types': 'the shared list of service types (a few dozen, kept by administrators)',
    '/api/v1/directory/referral-pathways': 'framework Table 4 as data: seven case types, at most 100 entries each',
    '/api/v1/cases/{id}/provider-suggestions': 'the best matches: limit at most 50',
    '/api/v1/dhis2/pushes': 'the latest pushes: limit at most 200, newest first',
    '/api/v1/retention/rules': 'the retention rules (data, one per kind of record)',
    '/api/v1/retention/runs': 'the latest 100 runs, newest first',
    '/api/v1/retention/holds': 'at most 500 holds, newest first',
  };

  it('every list the server answers (an items array) pages, unless bounded otherwise for a reason', () => {
    const doc = t.app.swagger() as {
      paths: Record<
        string,
        { get?: Operation & { responses?: Record<string, { content?: Record<string, { schema?: { properties?: Record<string, { type?: string }> } }> }> } }
      >;
    };
    const lists = Object.entries(doc.paths)
      .filter(([, ops]) => ops.get?.responses?.['200']?.content?.['application/json']?.schema?.properties?.items?.type === 'array')
      .map(([path]) => path);
    const paged = new Set(pagedRoutes().map((r) => r.path));
    expect(lists.length).toBeGreaterThan(20);
    expect(lists.filter((p) => !paged.has(p) && !(p in boundedOtherwise))).toEqual([]);
    for (const p of Object.keys(boundedOtherwise)) expect(lists, p).toContain(p);
  });

  const bad: [string, string, string][] = [
    ['page', '1000000000', 'page=10^9'],
    ['page', String(MAX_PAGE + 1), 'one past the last page'],
    ['pageSize', '1000000', 'pageSize=10^6'],
    ['pageSize', '201', 'one past the largest size'],
    ['page', '-1', 'negative'],
    ['page', '0', 'zero'],
    ['pageSize', '-5', 'negative size'],
    ['page', 'abc', 'non-numeric'],
    ['pageSize', 'many', 'non-numeric size'],
    ['page', '1.5', 'not whole'],
    ['page', '', 'empty'],
  ];

  it('refuses an out-of-range, negative or non-numeric page or page size on every paged list with 400 naming the field', async () => {
    const routes = pagedRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(18);
    for (const r of routes) {
      const { url } = r;
      expect(url).not.toContain('{');
      for (const [field, value, what] of bad) {
        const res = await client(t, w.cpwo.session).get(`${url}?${field}=${encodeURIComponent(value)}`);
        expect(res.statusCode, `${url} ${what}`).toBe(400);
        const error = res.json().error;
        expect(error.code, `${url} ${what}`).toBe('validation');
        expect(
          error.fields.map((f: { field: string }) => f.field),
          `${url} ${what}`,
        ).toContain(`querystring.${field}`);
      }
      // The largest values allowed are answered (by the list, or by its own refusal of the role).
      const ok = await client(t, w.cpwo.session).get(`${url}?page=${MAX_PAGE}&pageSize=100`);
      expect([200, 403], `${url} at the bounds`).toContain(ok.statusCode);
    }
    // A sweep of every paged list: its time grows with the lists, not with one request.
  }, 180_000);
});

describe('the lists that had no paging', () => {
  const N = 5;
  const pages = async (session: World['cpwo']['session'], path: string, key: (i: Record<string, unknown>) => string) => {
    const seen: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const res = await client(t, session).get(`${path}?page=${page}&pageSize=2`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ total: N, page, pageSize: 2 });
      expect(body.items.length, `page ${page}`).toBe([2, 2, 1, 0][page - 1]);
      seen.push(...body.items.map(key));
    }
    const all = (await client(t, session).get(`${path}?pageSize=${N}`)).json();
    expect(all.items.map(key)).toEqual(seen);
    expect(new Set(seen).size).toBe(N);
    return seen;
  };

  it('GET /paper-files pages the files signed out now, oldest first', async () => {
    const codes: string[] = [];
    for (let i = 0; i < N; i++) {
      const { child } = await insertCase(t, { openedBy: w.cpwo.user.id, leadCaseworkerId: w.cso.user.id, supervisorId: w.supervisor.user.id });
      t.clock.advanceMinutes(1);
      await t.database.db
        .insertInto('paper_file_movements')
        .values({ child_id: child.id, holder_name: `Archive ${i}`, permanent: false, checked_out_at: t.clock.now(), checked_out_by: w.cpwo.user.id })
        .execute();
      codes.push(child.child_code);
    }
    expect(await pages(w.cpwo.session, '/api/v1/paper-files', (i) => i.childCode as string)).toEqual(codes);
  });

  it('GET /transfers/incoming pages the pending transfers to the district, oldest first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < N; i++) {
      const { case: kase } = await insertCase(t, { openedBy: w.cpwo.user.id, leadCaseworkerId: w.cpwo.user.id });
      t.clock.advanceMinutes(1);
      const tr = await t.database.db
        .insertInto('case_transfers')
        .values({
          case_id: kase.id,
          from_district_id: PLACES.gasabo,
          from_place_id: PLACES.gasaboVillage,
          to_district_id: PLACES.bugesera,
          reason: `The family moved (${i})`,
          requested_by: w.cpwo.user.id,
          requested_at: t.clock.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(tr.id);
    }
    expect(await pages(w.bugeseraCpwo.session, '/api/v1/transfers/incoming', (i) => i.id as string)).toEqual(ids);
  });

  it("GET /closure-requests/pending pages the supervisor's queue, oldest first", async () => {
    const ids: string[] = [];
    for (let i = 0; i < N; i++) {
      const { case: kase } = await insertCase(t, {
        openedBy: w.cpwo.user.id,
        leadCaseworkerId: w.cso.user.id,
        supervisorId: w.supervisor.user.id,
        stage: 'implementation',
      });
      t.clock.advanceMinutes(1);
      const cr = await t.database.db
        .insertInto('closure_requests')
        .values({ case_id: kase.id, reason: 'lost_contact', note: `Request ${i}`, requested_by: w.cso.user.id, requested_at: t.clock.now() })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(cr.id);
    }
    expect(await pages(w.supervisor.session, '/api/v1/closure-requests/pending', (i) => i.requestId as string)).toEqual(ids);
    // Out of scope stays out of the count as well as the page.
    expect((await client(t, w.otherSupervisor.session).get('/api/v1/closure-requests/pending')).json()).toMatchObject({ items: [], total: 0 });
  });
});

describe("a case's own lists", () => {
  it("GET /cases/:id/notes pages the case's notes, newest first, with their total", async () => {
    const { case: kase } = await insertCase(t, { openedBy: w.cpwo.user.id, leadCaseworkerId: w.cso.user.id, supervisorId: w.supervisor.user.id });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      t.clock.advanceMinutes(1);
      const note = await t.database.db
        .insertInto('case_notes')
        .values({ case_id: kase.id, body: `Note ${i}`, written_by: w.cso.user.id, written_at: t.clock.now() })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.unshift(note.id);
    }
    const seen: string[] = [];
    for (const [page, count] of [
      [1, 2],
      [2, 2],
      [3, 1],
      [4, 0],
    ] as const) {
      const res = await client(t, w.cso.session).get(`/api/v1/cases/${kase.id}/notes?page=${page}&pageSize=2`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ total: 5, page, pageSize: 2 });
      expect(res.json().items).toHaveLength(count);
      seen.push(...res.json().items.map((n: { id: string }) => n.id));
    }
    expect(seen).toEqual(ids);
  });
});
