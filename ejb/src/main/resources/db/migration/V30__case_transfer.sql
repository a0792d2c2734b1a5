-- Case transfers (Art 20) on the hand-over engine, with their evidence: the files' bytes live in the evidence directory
-- under their SHA-256, the rows keep both digests (SHA-256, SM3) for the proof of what was sent. A filed case's outcome
-- goes back to the sender and to the approval bureau as a hand-over of its own kind.
alter table exchange_handover drop constraint ck_exchange_handover_kind;
alter table exchange_handover add constraint ck_exchange_handover_kind
    check (kind in ('RESULT', 'PENALTY', 'LICENCE_ACTION', 'CASE_TRANSFER', 'CASE_OUTCOME'));
create sequence transfer_seq start with 1 increment by 50;
create table transfer_case (
    id                       bigint        not null primary key,
    number                   varchar(40),
    message_id               varchar(36)   not null,
    content_digest           varchar(64)   not null,
    unit_id                  bigint        not null references org_unit (id),
    from_department_id       bigint        not null references org_department (id),
    to_department_id         bigint        not null references org_department (id),
    handover_id              bigint        references exchange_handover (id),
    facts                    varchar(4000) not null,
    place                    varchar(500)  not null,
    found_on                 date          not null,
    party_kind               varchar(20)   not null,
    party_name               varchar(200)  not null,
    party_id                 varchar(18)   not null,
    provision                varchar(1000) not null,
    licence_number           varchar(64),
    supervision_record       varchar(64),
    status                   varchar(20)   not null,
    sent_at                  timestamp with time zone not null,
    sent_by                  varchar(64)   not null,
    decided_at               timestamp with time zone,
    decided_by               varchar(64),
    case_number              varchar(64),
    reasons                  varchar(2000),
    suggested_department_id  bigint        references org_department (id),
    closed_on                date,
    closed_at                timestamp with time zone,
    closed_by                varchar(64),
    outcome                  varchar(4000),
    penalty_decision_number  varchar(64),
    version                  bigint        not null,
    constraint uq_transfer_case_number unique (number),
    constraint uq_transfer_case_message unique (from_department_id, message_id),
    constraint ck_transfer_case_status
        check (status in ('SENT', 'ACCEPTED', 'DECLINED', 'NOT_COMPETENT', 'CLOSED', 'WITHDRAWN')),
    constraint ck_transfer_case_party check (party_kind in ('ORGANISATION', 'PERSON'))
);
create index ix_transfer_case_from on transfer_case (from_department_id, status, sent_at, id);
create index ix_transfer_case_to on transfer_case (to_department_id, status, sent_at, id);
create index ix_transfer_case_handover on transfer_case (handover_id);
create table transfer_evidence (
    id             bigint       not null primary key,
    transfer_id    bigint       not null references transfer_case (id),
    position       integer      not null,
    file_name      varchar(255) not null,
    evidence_type  varchar(20)  not null,
    size_bytes     bigint       not null,
    sha256         varchar(64)  not null,
    sm3            varchar(64)  not null,
    received_at    timestamp with time zone not null,
    received_by    varchar(64)  not null,
    constraint uq_transfer_evidence_position unique (transfer_id, position)
);
create index ix_transfer_evidence_sha256 on transfer_evidence (sha256);
