-- Complaints and reports from the public (Art 18: 群众参与): lodged on the public form, by a clerk, or by a hotline system
-- (12345), routed to the department that supervises the licence or is competent for the matter, answered there within
-- its limit. The complainant reads the answer with the reference and a code kept only as its digest.
create sequence complaint_seq start with 1 increment by 50;
create table supervision_complaint (
    id                 bigint        not null primary key,
    reference          varchar(24)   not null,
    code_digest        varchar(64)   not null,
    kind               varchar(20)   not null,
    channel            varchar(20)   not null,
    source_account     varchar(64),
    message_id         varchar(64),
    content_digest     varchar(64),
    source_reference   varchar(64),
    licence_number     varchar(64),
    subject_name       varchar(200)  not null,
    content            varchar(4000) not null,
    complainant_name   varchar(100),
    complainant_phone  varchar(20),
    unit_id            bigint        not null references org_unit (id),
    department_id      bigint        not null references org_department (id),
    file_id            bigint        references supervision_file (id),
    received_at        timestamp with time zone not null,
    status             varchar(20)   not null,
    answer             varchar(4000),
    answered_at        timestamp with time zone,
    answered_by        varchar(64),
    version            bigint        not null,
    constraint uq_supervision_complaint_reference unique (reference),
    constraint uq_supervision_complaint_message unique (source_account, message_id),
    constraint ck_supervision_complaint_kind check (kind in ('COMPLAINT', 'REPORT')),
    constraint ck_supervision_complaint_channel check (channel in ('PUBLIC_FORM', 'PORTAL', 'HOTLINE')),
    constraint ck_supervision_complaint_status check (status in ('RECEIVED', 'ANSWERED'))
);
create index ix_supervision_complaint_department on supervision_complaint (department_id, status, received_at, id);
-- One-time challenges of the public forms (a picture of characters drawn on the platform itself): kept in the database so
-- that any node of a cluster can check the answer, and each is used once.
create table public_challenge (
    id          varchar(36)  not null primary key,
    answer      varchar(16)  not null,
    expires_at  timestamp with time zone not null
);
create index ix_public_challenge_expiry on public_challenge (expires_at);
