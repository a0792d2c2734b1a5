-- The audit trail: every change of business state, appended in the same transaction as the change.
-- Nothing updates or deletes these rows. (Hash-chaining of entries is added with the security work.)

create sequence audit_seq start with 1 increment by 50;

create table audit_entry (
    id           bigint        not null primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(64)   not null,
    channel      varchar(20)   not null,
    address      varchar(64),
    action       varchar(60)   not null,
    record_type  varchar(40)   not null,
    record_key   varchar(100)  not null,
    detail       varchar(4000),
    constraint ck_audit_channel check (channel in ('PORTAL', 'SOAP', 'REST', 'SCHEDULER', 'SYSTEM'))
);
create index ix_audit_record on audit_entry (record_type, record_key);
create index ix_audit_time on audit_entry (occurred_at);
