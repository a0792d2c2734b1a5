-- An attempt to deliver is written before the industry system is called, so that a crash during the call leaves a trace:
-- UNDER_WAY while the call runs (no end yet), UNKNOWN when the platform stopped before it heard the answer.
alter table exchange_delivery_attempt alter column ended_at drop not null;
alter table exchange_delivery_attempt drop constraint ck_exchange_delivery_attempt_outcome;
alter table exchange_delivery_attempt add constraint ck_exchange_delivery_attempt_outcome
    check (outcome in ('RECEIVED', 'REJECTED', 'FAILED', 'UNDER_WAY', 'UNKNOWN'));
