-- Tamper evidence for the audit trail. Entries are appended unsealed, so no business transaction waits on
-- the chain; the sealing job (AuditSealer, every few seconds, one node at a time) gives each new entry the
-- next position in the chain and a hash over its content and the previous entry's hash. Sealing fills these
-- columns once; the entry's content columns are never changed.
alter table audit_entry add column chain_seq bigint;
alter table audit_entry add column prev_hash varchar(64);
alter table audit_entry add column entry_hash varchar(64);
alter table audit_entry add column hash_algorithm varchar(10);
alter table audit_entry add column sealed_at timestamp with time zone;
create unique index ux_audit_chain on audit_entry (chain_seq);
