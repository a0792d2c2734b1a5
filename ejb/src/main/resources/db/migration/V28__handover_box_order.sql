-- Every box of the hand-over engine read from one index of its own: the side (receiving or sending department), the
-- kind, the status, then the order the box lists in (pushed, issued, changed, due, returned), then the id — so that a
-- box's count reads the index alone and its first page comes off it in order, instead of walking the table backwards by
-- change time and skipping the other departments' rows. The hand-overs sent back anywhere (oversight) are a range too.
drop index ix_exchange_push_changed;
drop index ix_exchange_handover_inbox;
drop index ix_exchange_handover_outbox;
drop index ix_exchange_handover_inbox_due;
drop index ix_exchange_handover_outbox_due;
create index ix_exchange_handover_inbox on exchange_handover (to_department_id, kind, status, pushed_at, id);
create index ix_exchange_handover_inbox_changed on exchange_handover (to_department_id, kind, status, changed_at, id);
create index ix_exchange_handover_inbox_due on exchange_handover (to_department_id, kind, status, due_at, id);
create index ix_exchange_handover_outbox on exchange_handover (from_department_id, kind, status, issued_at, id);
create index ix_exchange_handover_outbox_changed on exchange_handover (from_department_id, kind, status, changed_at, id);
create index ix_exchange_handover_outbox_due on exchange_handover (from_department_id, kind, status, due_at, id);
create index ix_exchange_handover_returned on exchange_handover (status, kind, returned_at, id);
