-- Result push and receipt (Art 15–17): each issued licence's result on its way from the approval bureau to the
-- competent department, with the fields of the item's push list frozen in its payload and one message id
-- that every delivery carries.

create sequence exchange_seq start with 1 increment by 50;

create table exchange_push (
    id                   bigint         not null primary key,
    message_id           varchar(36)    not null,
    unit_id              bigint         not null references org_unit (id),
    licence_number       varchar(64)    not null,
    application_number   varchar(40)    not null,
    item_code            varchar(40)    not null,
    from_department_id   bigint         not null references org_department (id),
    to_department_id     bigint         not null references org_department (id),
    payload              varchar(20000) not null,
    status               varchar(20)    not null,
    issued_at            timestamp with time zone not null,
    pushed_at            timestamp with time zone,
    pushed_by            varchar(64),
    signed_at            timestamp with time zone,
    signed_by            varchar(64),
    returned_at          timestamp with time zone,
    return_reason        varchar(2000),
    changed_at           timestamp with time zone not null,
    version              bigint         not null,
    constraint uq_exchange_push_message unique (message_id),
    constraint uq_exchange_push_licence unique (licence_number),
    constraint ck_exchange_push_status check (status in ('PENDING', 'PUSHED', 'SIGNED', 'RETURNED'))
);
-- The receiving department's inbox and the bureau's outbox, by status; incremental reads by change time.
create index ix_exchange_push_inbox on exchange_push (to_department_id, status, pushed_at);
create index ix_exchange_push_outbox on exchange_push (from_department_id, status, issued_at);
create index ix_exchange_push_changed on exchange_push (changed_at);
