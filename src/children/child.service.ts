import type { Actor } from '../access/actor.js';
import { localDateOf } from '../deadlines/local-time.js';
import { assertCanCase, canCase } from '../access/case-access.js';
import { appendAudit, appendListAudit } from '../audit/audit.repository.js';
import type { AppContext } from '../context.js';
import type { Db } from '../db/database.js';
import { invalidField, notFound } from '../errors/app-error.js';
import { ageOn, estimatedBirthDate, shiftYears } from './child-age.js';
import { isValidChildCode, normaliseChildCode } from './child-code.js';
import { MATCH_AGE_WINDOW_YEARS, MIN_MATCH_SCORE, scoreMatch, type MatchTarget } from './child-match.js';
import { nameSearchKey, normaliseName } from './child-name.js';
import type { ChildMatchQuery } from './child.schemas.js';
import { findChildCasesInScope, findChildInScope, findMatchCandidates } from './child.repository.js';
import { childView } from './child-view.js';

const MAX_MATCHES = 10;

type MatchSearch = {
  givenName: string;
  familyName?: string | null;
  otherNames?: string | null;
  sex?: 'female' | 'male';
  birthDate?: string;
  birthDateEstimated?: boolean;
  placeId?: string;
};

/** Likely existing children for a sought child, best first (framework step 4: one child, one file). */
export async function rankMatches(db: Db, actor: Actor, search: MatchSearch, today: string) {
  const names = [search.givenName, search.familyName, search.otherNames];
  const target: MatchTarget = {
    plainName: normaliseName(names.filter(Boolean).join(' ')),
    nameKey: nameSearchKey(...names),
    sex: search.sex,
    birthDate: search.birthDate,
    birthDateEstimated: search.birthDateEstimated,
    placeId: search.placeId,
  };
  if (!target.nameKey) return [];
  const rows = await findMatchCandidates(db, actor, {
    nameKey: target.nameKey,
    ...(search.birthDate && {
      bornFrom: shiftYears(search.birthDate, -MATCH_AGE_WINDOW_YEARS),
      bornTo: shiftYears(search.birthDate, MATCH_AGE_WINDOW_YEARS),
    }),
    limit: 50,
  });
  return rows
    .flatMap((r) => {
      const s = scoreMatch(target, {
        plainName: normaliseName([r.givenName, r.familyName, r.otherNames].filter(Boolean).join(' ')),
        nameKey: r.searchName,
        nameSimilarity: Number(r.similarity),
        sex: r.sex,
        dateOfBirth: r.dateOfBirth,
        birthDateEstimated: r.birthDateEstimated,
        placeId: r.placeId,
      });
      if (!s || s.score < MIN_MATCH_SCORE) return [];
      return [
        {
          childId: r.id,
          childCode: r.childCode,
          givenName: r.givenName,
          familyName: r.familyName,
          otherNames: r.otherNames,
          sex: r.sex,
          dateOfBirth: r.dateOfBirth,
          birthDateEstimated: r.birthDateEstimated,
          ageYears: r.dateOfBirth ? ageOn(r.dateOfBirth, today) : null,
          place: { id: r.placeId, name: r.placeName },
          caseCount: r.caseCount,
          ...s,
        },
      ];
    })
    .sort((a, b) => b.score - a.score || a.childCode.localeCompare(b.childCode))
    .slice(0, MAX_MATCHES);
}

/** GET /children/matches: shown before a new child is created at intake. The search is audited (it shows identities). */
export async function findChildMatches(ctx: AppContext, actor: Actor, query: ChildMatchQuery) {
  assertCanCase(actor, 'case:open');
  const now = ctx.clock.now();
  const today = localDateOf(now, ctx.config.timeZone);
  const birthDate = query.dateOfBirth ?? (query.ageYears !== undefined ? estimatedBirthDate(query.ageYears, today) : undefined);
  return ctx.database.db.transaction().execute(async (trx) => {
    const items = await rankMatches(trx, actor, { ...query, birthDate, birthDateEstimated: !query.dateOfBirth && query.ageYears !== undefined }, today);
    await appendListAudit(
      trx,
      actor,
      { action: 'child.search', entityType: 'child', ids: items.map((i) => i.childId), fields: ['givenName', 'familyName', 'sex', 'dateOfBirth', 'place'] },
      now,
    );
    return { items, likelyDuplicate: items.some((i) => i.likely) };
  });
}

/** GET /children/by-code/:code: a typo in the code is caught by its check symbol (400), never answered with another child. */
export async function getChildByCode(ctx: AppContext, actor: Actor, rawCode: string) {
  if (!canCase(actor, 'case:read') && !canCase(actor, 'case:open')) throw notFound('child');
  const code = normaliseChildCode(rawCode);
  if (!code || !isValidChildCode(code)) {
    throw invalidField('params.code', 'Not a valid child ID: check it for a typo', 'errors.invalid_child_code');
  }
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const child = await findChildInScope(trx, actor, { code }, localDateOf(now, ctx.config.timeZone));
    if (!child) throw notFound('child');
    const cases = await findChildCasesInScope(trx, actor, child.id);
    const view = childView(child);
    await appendAudit(
      trx,
      actor,
      { action: 'child.read', entityType: 'child', entityId: child.id, fields: view.identityVisible ? ['identity', 'cases'] : ['cases'] },
      now,
    );
    return { ...view, cases: cases.map((c) => ({ ...c, openedAt: c.openedAt.toISOString() })) };
  });
}
