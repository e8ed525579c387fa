-- The open cases of a caseworker and of a supervisor (issue 5). An NGO
-- caseworker or a supervisor may have led a thousand cases over the years, of
-- which a few dozen are open; their worklists start from these, read from the
-- index alone, instead of from every case they ever held.
create index cases_lead_open_idx on cases (lead_caseworker_id) include (id)
  where stage not in ('closed', 'transferred');
create index cases_supervisor_open_idx on cases (supervisor_id) include (id)
  where stage not in ('closed', 'transferred');
