-- Implementation lists (实施清单, Art 8 ¶1) of listed items, as versions: a change to a key element takes
-- effect only after the competent department consents (Art 8 ¶2); every version and every refused or
-- withdrawn proposal stays readable.

create table catalogue_impl_version (
    id                      bigint         not null primary key,
    unit_id                 bigint         not null references org_unit (id),
    item_code               varchar(40)    not null,
    -- Numbered when it takes effect; null while pending, refused or withdrawn.
    version_no              integer,
    state                   varchar(20)    not null,
    legal_basis             varchar(4000)  not null,
    target                  varchar(1000)  not null,
    authority_content       varchar(4000)  not null,
    time_limit_days         integer        not null,
    conditions              varchar(4000)  not null,
    special_procedures      varchar(4000),
    intermediary_services   varchar(2000),
    review_method           varchar(1000)  not null,
    review_standard         varchar(4000)  not null,
    responsibilities        varchar(4000)  not null,
    accountability_cases    varchar(4000),
    industry_plan           varchar(4000),
    changed_elements        varchar(500),
    proposed_by             varchar(64)    not null,
    proposed_at             timestamp with time zone not null,
    reason                  varchar(2000),
    consent_department_id   bigint         references org_department (id),
    decided_by              varchar(64),
    decided_at              timestamp with time zone,
    decision_reason         varchar(2000),
    effective_at            timestamp with time zone,
    changed_at              timestamp with time zone not null,
    version                 bigint         not null,
    constraint uk_catalogue_impl_version unique (unit_id, item_code, version_no),
    constraint ck_catalogue_impl_state check (state in ('PENDING_CONSENT', 'IN_EFFECT', 'SUPERSEDED', 'REFUSED', 'WITHDRAWN')),
    constraint ck_catalogue_impl_limit check (time_limit_days between 1 and 60)
);
create index ix_catalogue_impl_item on catalogue_impl_version (unit_id, item_code, state);
create index ix_catalogue_impl_changed on catalogue_impl_version (changed_at);

create table catalogue_impl_material (
    impl_version_id  bigint        not null references catalogue_impl_version (id),
    position         integer       not null,
    material         varchar(500)  not null,
    primary key (impl_version_id, position)
);

create table catalogue_impl_step (
    impl_version_id  bigint        not null references catalogue_impl_version (id),
    position         integer       not null,
    step             varchar(500)  not null,
    primary key (impl_version_id, position)
);

-- Which elements are key (Art 8 ¶2 names none exhaustively; these four at least, configurable).
create table catalogue_key_element (
    element  varchar(40) not null primary key
);
insert into catalogue_key_element (element) values ('TIME_LIMIT'), ('CONDITIONS'), ('MATERIALS'), ('REVIEW_STANDARD');
