import { useMe } from '../session.js';
import type { Me } from '../api/types.js';

// What the signed-in role may do with reports and cases comes from the server
// (/auth/me `caseActions`, src/access/case-access.ts). The screens only hide
// what the server would refuse; the server decides.

export type CaseAction =
  | 'report:create'
  | 'report:hotline'
  | 'report:register'
  | 'report:screen'
  | 'case:open'
  | 'case:read'
  | 'case:work'
  | 'case:allocate'
  | 'case:approve_closure'
  | 'case:transfer'
  | 'visit:record'
  | 'transfer:receive'
  | 'worklist:read'
  | 'referral:make'
  | 'referral:override_consent'
  | 'referral:receive'
  | 'care:approve_gatekeeping'
  | 'deadlines:escalate';

export function caseActions(me: Me): string[] {
  return (me as Me & { caseActions?: string[] }).caseActions ?? [];
}

/** A permission or a case action the role holds. */
export function granted(me: Me, what: string): boolean {
  return me.permissions.includes(what) || caseActions(me).includes(what);
}

/** Whether the signed-in role may do `action`. */
export function useCan(): (action: CaseAction) => boolean {
  const me = useMe();
  return (action) => caseActions(me).includes(action);
}
