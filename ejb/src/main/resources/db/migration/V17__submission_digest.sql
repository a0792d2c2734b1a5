-- A message id names one content: the SHA-256 of the submission's canonical form is kept with it, so that the same id
-- sent again with other content is refused instead of answered as a repeat. Submissions stored before have none.
alter table licensing_submission add column content_digest varchar(64);
