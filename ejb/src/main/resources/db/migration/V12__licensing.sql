-- Licensing (Licensing Law Art 29–44; 营政办发〔2020〕25号 Art 5, 10, 13): applications from receipt to the
-- decision, the register of licences, and the message ids callers submitted them under (idempotency).

create sequence licensing_seq start with 1 increment by 50;

create table licensing_application (
    id                   bigint         not null primary key,
    application_no       varchar(40)    not null,
    unit_id              bigint         not null references org_unit (id),
    department_id        bigint         not null references org_department (id),
    item_code            varchar(40)    not null,
    item_name            varchar(200)   not null,
    applicant_kind       varchar(20)    not null,
    applicant_id         varchar(18)    not null,
    applicant_name       varchar(200)   not null,
    contact_name         varchar(100)   not null,
    contact_phone        varchar(40)    not null,
    status               varchar(30)    not null,
    channel              varchar(20)    not null,
    received_at          timestamp with time zone not null,
    received_by          varchar(64)    not null,
    requested_materials  varchar(20000),
    accepted_at          timestamp with time zone,
    paused_for           varchar(30),
    decided_at           timestamp with time zone,
    decided_by           varchar(64),
    reasons              varchar(2000),
    licence_id           bigint,
    changed_at           timestamp with time zone not null,
    version              bigint         not null,
    constraint uq_licensing_application_no unique (application_no),
    constraint ck_licensing_application_status check (status in ('RECEIVED', 'AWAITING_MATERIALS', 'UNDER_REVIEW',
        'REFUSED', 'GRANTED', 'DENIED', 'ISSUED', 'WITHDRAWN')),
    constraint ck_licensing_applicant_kind check (applicant_kind in ('ORGANISATION', 'PERSON'))
);
-- The clerk's workbench: a department's applications by status; incremental reads by change time.
create index ix_licensing_application_department on licensing_application (department_id, status, received_at);
create index ix_licensing_application_applicant on licensing_application (applicant_id);
create index ix_licensing_application_changed on licensing_application (changed_at);

create table licensing_application_material (
    application_id  bigint        not null references licensing_application (id),
    position        integer       not null,
    material        varchar(200)  not null,
    primary key (application_id, position)
);

create table licensing_licence (
    id                bigint         not null primary key,
    licence_no        varchar(64)    not null,
    application_id    bigint         not null references licensing_application (id),
    unit_id           bigint         not null references org_unit (id),
    department_id     bigint         not null references org_department (id),
    item_code         varchar(40)    not null,
    item_name         varchar(200)   not null,
    holder_kind       varchar(20)    not null,
    holder_id         varchar(18)    not null,
    holder_name       varchar(200)   not null,
    scope             varchar(2000)  not null,
    valid_from        date           not null,
    valid_until       date,
    certificate_form  varchar(20)    not null,
    certificate_ref   varchar(64)    not null,
    status            varchar(20)    not null,
    status_reason     varchar(2000),
    issued_at         timestamp with time zone not null,
    issued_by         varchar(64)    not null,
    changed_at        timestamp with time zone not null,
    version           bigint         not null,
    constraint uq_licensing_licence_no unique (licence_no),
    constraint ck_licensing_licence_status check (status in ('VALID', 'AMENDED', 'WITHDRAWN', 'REVOKED', 'CANCELLED',
        'EXPIRED')),
    constraint ck_licensing_certificate_form check (certificate_form in ('PAPER', 'ELECTRONIC'))
);
create index ix_licensing_licence_holder on licensing_licence (holder_id);
create index ix_licensing_licence_register on licensing_licence (unit_id, status, issued_at);
create index ix_licensing_licence_item on licensing_licence (item_code);
create index ix_licensing_licence_changed on licensing_licence (changed_at);

-- A submission's message id, per calling account: the same id again returns the first answer.
create table licensing_submission (
    caller          varchar(64)    not null,
    message_id      varchar(64)    not null,
    application_id  bigint         not null references licensing_application (id),
    submitted_at    timestamp with time zone not null,
    primary key (caller, message_id)
);
