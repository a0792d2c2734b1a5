-- How each competent department receives approval results (Art 15–17), and the outbox from which results are
-- delivered to departments' industry systems: one delivery per push and receiver, written in the push's
-- transaction, each attempt kept with its outcome.

create table org_receiving_channel (
    department_id        bigint         not null primary key references org_department (id),
    kind                 varchar(20)    not null,
    endpoint_url         varchar(500),
    username             varchar(64),
    secret_sealed        varchar(500),
    manner               varchar(200),
    changed_at           timestamp with time zone not null,
    changed_by           varchar(64)    not null,
    version              bigint         not null,
    constraint ck_org_receiving_channel_kind check (kind in ('PLATFORM_INBOX', 'INDUSTRY_SYSTEM', 'OFF_PLATFORM'))
);

-- How a push was handed over, and for an off-platform hand-over (Art 17 ¶2) what was agreed.
alter table exchange_push add column handed_over_by varchar(20);
alter table exchange_push add column agreed_manner varchar(200);
alter table exchange_push add column agreed_with varchar(200);
alter table exchange_push add column agreed_due_at timestamp with time zone;

create table exchange_delivery (
    id                   bigint         not null primary key,
    push_id              bigint         not null references exchange_push (id),
    message_id           varchar(36)    not null,
    department_id        bigint         not null references org_department (id),
    status               varchar(20)    not null,
    attempts             integer        not null,
    next_attempt_at      timestamp with time zone not null,
    created_at           timestamp with time zone not null,
    finished_at          timestamp with time zone,
    outcome              varchar(2000),
    version              bigint         not null,
    constraint ck_exchange_delivery_status check (status in ('PENDING', 'DELIVERED', 'REJECTED'))
);
-- The worker takes each receiver's oldest pending delivery first (per-receiver order).
create index ix_exchange_delivery_queue on exchange_delivery (status, department_id, id);
create index ix_exchange_delivery_push on exchange_delivery (push_id);

create table exchange_delivery_attempt (
    id                   bigint         not null primary key,
    delivery_id          bigint         not null references exchange_delivery (id),
    attempt_number       integer        not null,
    started_at           timestamp with time zone not null,
    ended_at             timestamp with time zone not null,
    endpoint_url         varchar(500)   not null,
    outcome              varchar(20)    not null,
    detail               varchar(2000),
    constraint uq_exchange_delivery_attempt unique (delivery_id, attempt_number),
    constraint ck_exchange_delivery_attempt_outcome check (outcome in ('RECEIVED', 'REJECTED', 'FAILED'))
);
