-- The facts of each audited step (name=value lines), from which the portal says the step in the reader's language.
-- Sealed with the entry when present; entries written before keep none and hash as they were sealed.
alter table audit_entry add column facts varchar(4000);
