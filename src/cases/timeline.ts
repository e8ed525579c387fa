// The kinds of case_events that framework steps 7-9 write on the case
// timeline. Each row points at its record (ref_table, ref_id); its summary
// holds codes and counts, never free text, so the timeline can be listed
// without reading every record.

export const FOLLOWUP_EVENTS = {
  serviceGiven: 'service.given',
  visitRequested: 'visit.requested',
  visitRequestCancelled: 'visit.request_cancelled',
  visitRecorded: 'visit.recorded',
  reviewRecorded: 'review.recorded',
  closureRequested: 'closure.requested',
  closureApproved: 'closure.approved',
  closureRejected: 'closure.rejected',
  closureWithdrawn: 'closure.withdrawn',
  caseClosed: 'case.closed',
  caseReopened: 'case.reopened',
  transferRequested: 'transfer.requested',
  transferAccepted: 'transfer.accepted',
  transferDeclined: 'transfer.declined',
  transferCancelled: 'transfer.cancelled',
  noteAdded: 'note.added',
  feedbackRecorded: 'feedback.recorded',
  attachmentAdded: 'attachment.added',
  paperFileCheckedOut: 'paper_file.checked_out',
  paperFileCheckedIn: 'paper_file.checked_in',
} as const;

/** The referral steps (framework step 7) on the case timeline; ref_table 'referrals'. */
export const REFERRAL_EVENTS = {
  sent: 'referral.sent',
  accepted: 'referral.accepted',
  declined: 'referral.declined',
  serviceGiven: 'referral.service_given',
  feedback: 'referral.feedback',
  accessRecorded: 'referral.access_recorded',
  completed: 'referral.completed',
  withdrawn: 'referral.withdrawn',
} as const;
