-- A closed case's penalty decision, when the handling department recorded it in the penalty loop (Art 19: it touches
-- the transfer's licence), is linked by its key, so that readers of the case reach the decision and its hand-over.
alter table transfer_case add column penalty_decision_id bigint;
