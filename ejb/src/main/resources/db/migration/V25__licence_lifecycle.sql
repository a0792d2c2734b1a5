-- A licence's lifecycle after issue (Art 19; Licensing Law Art 8, 49, 69, 70): changed in place, suspended and
-- restored, withdrawn, revoked, cancelled, each by an action of the approval bureau under its own decision document.

alter table licensing_licence drop constraint ck_licensing_licence_status;
alter table licensing_licence add constraint ck_licensing_licence_status check (status in ('VALID', 'AMENDED',
    'SUSPENDED', 'WITHDRAWN', 'REVOKED', 'CANCELLED', 'EXPIRED'));
alter table licensing_licence add column suspended_until date;

create table licensing_licence_action (
    id                   bigint         not null primary key,
    licence_id           bigint         not null references licensing_licence (id),
    department_id        bigint         not null references org_department (id),
    kind                 varchar(20)    not null,
    document_number      varchar(64)    not null,
    decided_on           date           not null,
    reason               varchar(2000)  not null,
    legal_basis          varchar(2000),
    status_before        varchar(20)    not null,
    status_after         varchar(20)    not null,
    terms_before         varchar(4000),
    terms_after          varchar(4000),
    suspended_until      date,
    answers_handover_id  bigint,
    message_id           varchar(64),
    content_digest       varchar(64),
    recorded_at          timestamp with time zone not null,
    recorded_by          varchar(64)    not null,
    constraint uq_licensing_action_document unique (department_id, document_number),
    constraint uq_licensing_action_message unique (department_id, message_id),
    constraint ck_licensing_action_kind check (kind in ('CHANGE', 'SUSPEND', 'RESTORE', 'WITHDRAW', 'REVOKE', 'CANCEL',
        'DECLINE'))
);
create index ix_licensing_action_licence on licensing_licence_action (licence_id, recorded_at);
