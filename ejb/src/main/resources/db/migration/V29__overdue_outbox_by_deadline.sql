-- The bureau's overdue box lists what ran out longest ago first, across the three statuses a clock runs in (to push,
-- returned, pushed and unsigned): one index in deadline order, the status last so that a count reads the index alone.
drop index ix_exchange_handover_outbox_due;
create index ix_exchange_handover_outbox_due on exchange_handover (from_department_id, kind, due_at, id, status);
