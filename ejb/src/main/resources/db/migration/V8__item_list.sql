-- The concentrated licensing item list of each unit (相对集中行政许可事项清单, Art 7), versioned: each version
-- is drafted from the departments' opinions, evaluated, approved by the government, filed with the higher
-- government, and in force from its effective date until a later version's.

create sequence catalogue_seq start with 1 increment by 50;

create table catalogue_list_version (
    id                 bigint        not null primary key,
    unit_id            bigint        not null references org_unit (id),
    version_no         integer       not null,
    status             varchar(20)   not null,
    title              varchar(200)  not null,
    created_at         timestamp with time zone not null,
    created_by         varchar(64)   not null,
    evaluation_record  varchar(4000),
    evaluated_on       date,
    evaluated_at       timestamp with time zone,
    evaluated_by       varchar(64),
    approval_document  varchar(100),
    approved_on        date,
    filed_on           date,
    effective_from     date,
    changed_at         timestamp with time zone not null,
    version            bigint        not null,
    constraint uk_catalogue_list_version unique (unit_id, version_no),
    constraint ck_catalogue_list_status check (status in ('DRAFT', 'EVALUATED', 'APPROVED', 'FILED', 'ABANDONED'))
);
-- "Which version is in force on day D": the filed versions of a unit by effective date.
create index ix_catalogue_list_in_force on catalogue_list_version (unit_id, status, effective_from);
create index ix_catalogue_list_changed on catalogue_list_version (changed_at);

create table catalogue_list_item (
    list_version_id  bigint        not null references catalogue_list_version (id),
    item_code        varchar(40)   not null,
    item_name        varchar(200)  not null,
    department_id    bigint        not null references org_department (id),
    primary key (list_version_id, item_code)
);

create table catalogue_list_opinion (
    id               bigint         not null primary key,
    list_version_id  bigint         not null references catalogue_list_version (id),
    department_id    bigint         not null references org_department (id),
    opinion          varchar(4000)  not null,
    submitted_at     timestamp with time zone not null,
    submitted_by     varchar(64)    not null
);
create index ix_catalogue_opinion_version on catalogue_list_opinion (list_version_id);
