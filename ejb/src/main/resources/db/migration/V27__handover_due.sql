-- Which box a hand-over is in, and whether its running clock has run out, answered from the hand-over's own row: the
-- deadline of the clock running on it (to push, to sign, for a signed result to start supervision), kept by the exchange
-- with every step, instead of a probe of the duty table per hand-over.
alter table exchange_handover add column due_at timestamp with time zone;
update exchange_handover set due_at = (select min(d.due_at) from duty d where d.subject_type = 'push'
    and d.subject_key = cast(exchange_handover.id as varchar(100)) and d.status in ('OPEN', 'OVERDUE'));
create index ix_exchange_handover_inbox_due on exchange_handover (to_department_id, kind, status, due_at);
create index ix_exchange_handover_outbox_due on exchange_handover (from_department_id, kind, status, due_at);
