-- Duty clocks (DESIGN.md §3): every statutory duty with its trigger, limit, deadline, pauses and outcome.

create sequence duty_seq start with 1 increment by 50;

create table duty (
    id                bigint       not null primary key,
    kind              varchar(40)  not null,
    subject_type      varchar(40)  not null,
    subject_key       varchar(100) not null,
    department_id     bigint       not null references org_department (id),
    unit_id           bigint       not null references org_unit (id),
    triggered_at      timestamp with time zone not null,
    limit_kind        varchar(20)  not null,
    limit_value       integer,
    last_day          date         not null,
    due_at            timestamp with time zone not null,
    provisional       boolean      not null,
    paused_since      timestamp with time zone,
    status            varchar(20)  not null,
    completed_at      timestamp with time zone,
    completed_by      varchar(64),
    cancel_reason     varchar(500),
    version           bigint       not null,
    constraint ck_duty_status check (status in ('OPEN', 'DONE_ON_TIME', 'DONE_LATE', 'OVERDUE', 'CANCELLED')),
    constraint ck_duty_limit check (limit_kind in ('WORKING_DAYS', 'NATURAL_DAYS', 'AGREED'))
);
-- The overdue sweep reads only the open duties whose deadline has passed: a range scan on this index.
create index ix_duty_status_due on duty (status, due_at);
-- A department's list of open duties, soonest first.
create index ix_duty_department_status_due on duty (department_id, status, due_at);
create index ix_duty_subject on duty (subject_type, subject_key);
-- Not on status: the sweep changes status, and every index on it is maintained per marked duty.
create index ix_duty_provisional on duty (provisional);

create table duty_pause (
    id          bigint       not null primary key,
    duty_id     bigint       not null references duty (id),
    reason      varchar(30)  not null,
    started_at  timestamp with time zone not null,
    ended_at    timestamp with time zone,
    note        varchar(500),
    constraint ck_duty_pause_reason check (reason in
        ('HEARING', 'TENDER', 'AUCTION', 'INSPECTION', 'TESTING', 'QUARANTINE', 'APPRAISAL', 'EXPERT_REVIEW'))
);
create index ix_duty_pause_duty on duty_pause (duty_id);

-- Scheduled jobs that must run once across a cluster take a lease here first (JobLease).
create table job_lease (
    name        varchar(60)  not null primary key,
    holder      varchar(100),
    until       timestamp with time zone not null
);
