-- An IZU's visit task has a clock of its own (framework step 8): the due date
-- the caseworker set, to the end of that day in the district's time. Overdue,
-- it escalates like every other deadline: the caseworker who leads the case
-- first, who follows it up with the IZU. Recording or cancelling the visit
-- stops it.
alter table deadlines add column visit_task_id uuid references visit_tasks(id);
create index deadlines_visit_task_idx on deadlines (visit_task_id) where met_at is null and visit_task_id is not null;
