-- The hand-over engine (Art 17, 19, 20): every document one department hands to another — an approval result, a
-- penalty decision, the approval bureau's licence action, a case transfer — is one row of one table, of its kind,
-- with the same receipt, return, withdrawal and delivery. The result pushes already made become hand-overs of the
-- kind RESULT, their document being the application the licence was issued on.

alter table exchange_push rename to exchange_handover;
alter table exchange_handover add column kind varchar(20) default 'RESULT' not null;
alter table exchange_handover add column document_number varchar(64);
update exchange_handover set document_number = application_number;
alter table exchange_handover alter column document_number set not null;
alter table exchange_handover alter column application_number drop not null;
alter table exchange_handover alter column item_code drop not null;
alter table exchange_handover alter column licence_number drop not null;
-- A licence action answers the penalty decision that asked for it.
alter table exchange_handover add column answers_id bigint references exchange_handover (id);
-- The sender may take back what the receiver has not signed for yet, with its reason.
alter table exchange_handover add column withdrawn_at timestamp with time zone;
alter table exchange_handover add column withdraw_reason varchar(2000);
alter table exchange_handover drop constraint uq_exchange_push_licence;
alter table exchange_handover add constraint uq_exchange_handover_document unique (kind, licence_number, document_number);
alter table exchange_handover drop constraint ck_exchange_push_status;
alter table exchange_handover add constraint ck_exchange_handover_status
    check (status in ('PENDING', 'PUSHED', 'SIGNED', 'RETURNED', 'WITHDRAWN'));
alter table exchange_handover add constraint ck_exchange_handover_kind
    check (kind in ('RESULT', 'PENALTY', 'LICENCE_ACTION', 'CASE_TRANSFER'));
-- The boxes are per kind: a department's inbox of results is not its inbox of penalties.
drop index ix_exchange_push_inbox;
drop index ix_exchange_push_outbox;
create index ix_exchange_handover_inbox on exchange_handover (to_department_id, kind, status, pushed_at);
create index ix_exchange_handover_outbox on exchange_handover (from_department_id, kind, status, issued_at);
create index ix_exchange_handover_licence on exchange_handover (licence_number);
create index ix_exchange_handover_answers on exchange_handover (answers_id);

alter table exchange_delivery rename column push_id to handover_id;

-- A receiving channel per department and kind of document: a department's penalty system may not be its licensing
-- system, and an approval bureau may have one too. ANY serves every kind without a channel of its own. The channels
-- set so far were for results, through the result-receiver contract v1; a channel through the hand-over receiver
-- contract v2 can take every kind.
create table org_receiving_channel_by_kind (
    department_id        bigint         not null references org_department (id),
    document_kind        varchar(20)    not null,
    kind                 varchar(20)    not null,
    contract             varchar(20)    not null,
    endpoint_url         varchar(500),
    username             varchar(64),
    secret_sealed        varchar(500),
    manner               varchar(200),
    changed_at           timestamp with time zone not null,
    changed_by           varchar(64)    not null,
    version              bigint         not null,
    primary key (department_id, document_kind),
    constraint ck_org_channel_document_kind
        check (document_kind in ('ANY', 'RESULT', 'PENALTY', 'LICENCE_ACTION', 'CASE_TRANSFER')),
    constraint ck_org_channel_kind check (kind in ('PLATFORM_INBOX', 'INDUSTRY_SYSTEM', 'OFF_PLATFORM')),
    constraint ck_org_channel_contract check (contract in ('RESULT_V1', 'HANDOVER_V2')),
    constraint ck_org_channel_v1_results check (contract = 'HANDOVER_V2' or document_kind = 'RESULT')
);
insert into org_receiving_channel_by_kind (department_id, document_kind, kind, contract, endpoint_url, username,
        secret_sealed, manner, changed_at, changed_by, version)
    select department_id, 'RESULT', kind, 'RESULT_V1', endpoint_url, username, secret_sealed, manner, changed_at,
        changed_by, version from org_receiving_channel;
drop table org_receiving_channel;
