-- Inspections on a file (Art 18): written once; a rectification order's standing changes when its re-inspection is
-- recorded. A system's report is kept once under its message id (per department), with its content's digest.
-- A file now also shows whether it was inspected and whether a rectification awaits its re-inspection.
alter table supervision_file drop constraint ck_supervision_file_status;
alter table supervision_file add constraint ck_supervision_file_status
    check (status in ('AWAITING_START', 'STARTED', 'INSPECTED', 'RECTIFICATION_DUE'));
create sequence inspection_seq start with 1 increment by 50;
create table supervision_inspection (
    id                   bigint        not null primary key,
    file_id              bigint        not null references supervision_file (id),
    department_id        bigint        not null references org_department (id),
    message_id           varchar(64)   not null,
    content_digest       varchar(64)   not null,
    kind                 varchar(20)   not null,
    inspected_on         date          not null,
    inspectors           varchar(200)  not null,
    findings             varchar(4000) not null,
    outcome              varchar(20)   not null,
    rectification_order  varchar(2000),
    rectify_by           date,
    rectification        varchar(20),
    follows_up           bigint        references supervision_inspection (id),
    followed_up_by       bigint        references supervision_inspection (id),
    recorded_at          timestamp with time zone not null,
    recorded_by          varchar(64)   not null,
    version              bigint        not null,
    constraint uq_supervision_inspection_message unique (department_id, message_id),
    constraint ck_supervision_inspection_kind check (kind in ('PLANNED', 'ON_LEAD', 'RANDOM', 'FOLLOW_UP')),
    constraint ck_supervision_inspection_outcome check (outcome in ('COMPLIANT', 'RECTIFY', 'VIOLATION')),
    constraint ck_supervision_inspection_rectification
        check (rectification is null or rectification in ('DUE', 'RECTIFIED', 'NOT_RECTIFIED'))
);
create index ix_supervision_inspection_file on supervision_inspection (file_id, inspected_on, id);
