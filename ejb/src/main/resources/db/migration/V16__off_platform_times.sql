-- An off-platform hand-over (Art 17 ¶2) is recorded after it happened: when it was agreed bounds the hand-over
-- time, and a receipt signed on paper names the department's signer in signed_by and who entered it here.
alter table exchange_push add column agreed_at timestamp with time zone;
alter table exchange_push add column receipt_recorded_by varchar(64);
-- A push agreed and not yet handed over was last changed by its agreement.
update exchange_push set agreed_at = changed_at where agreed_due_at is not null and status in ('PENDING', 'RETURNED');
