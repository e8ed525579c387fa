// The kinds of case_events alternative care writes on the case timeline (codes only in their summaries).
export const CARE_EVENTS = {
  gatekeepingDecided: 'care.gatekeeping_decided',
  gatekeepingApproved: 'care.gatekeeping_approved',
  gatekeepingReturned: 'care.gatekeeping_returned',
  placed: 'care.placed',
  ended: 'care.placement_ended',
  visited: 'care.visit_recorded',
  reviewed: 'care.placement_reviewed',
} as const;
