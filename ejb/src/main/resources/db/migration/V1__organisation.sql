-- Units, departments and accounts: the organisation every later record is scoped to (Art 2, 15, 16).
-- Portable SQL: the same script runs on PostgreSQL and on H2 in PostgreSQL mode.

create sequence org_seq start with 1000 increment by 50;

create table org_unit (
    id          bigint       not null primary key,
    code        varchar(12)  not null,
    name_zh     varchar(100) not null,
    name_en     varchar(200) not null,
    kind        varchar(30)  not null,
    parent_id   bigint       references org_unit (id),
    active      boolean      not null,
    version     bigint       not null,
    constraint uk_org_unit_code unique (code),
    constraint ck_org_unit_kind check (kind in ('CITY', 'COUNTY', 'FREE_TRADE_ZONE', 'DEVELOPMENT_ZONE'))
);

create table org_department (
    id          bigint       not null primary key,
    unit_id     bigint       not null references org_unit (id),
    code        varchar(40)  not null,
    name_zh     varchar(100) not null,
    name_en     varchar(200) not null,
    role        varchar(40)  not null,
    industry    varchar(100),
    active      boolean      not null,
    version     bigint       not null,
    constraint uk_org_department_code unique (code),
    constraint ck_org_department_role check (role in
        ('APPROVAL_BUREAU', 'COMPETENT_DEPARTMENT', 'BUSINESS_ENVIRONMENT_BUREAU', 'ENFORCEMENT_BUREAU', 'GOVERNMENT'))
);
create index ix_org_department_unit on org_department (unit_id);

create table org_account (
    id              bigint       not null primary key,
    username        varchar(64)  not null,
    display_name    varchar(100) not null,
    department_id   bigint       not null references org_department (id),
    kind            varchar(20)  not null,
    status          varchar(20)  not null,
    -- Modular-crypt bcrypt ($2a$cost$salt+hash); read by the Elytron jdbc-realm (config/security.cli).
    password_hash   varchar(100) not null,
    failed_logins   integer      not null,
    created_at      timestamp with time zone not null,
    version         bigint       not null,
    constraint uk_org_account_username unique (username),
    constraint ck_org_account_kind check (kind in ('PERSON', 'SYSTEM')),
    constraint ck_org_account_status check (status in ('ACTIVE', 'LOCKED', 'DISABLED'))
);
create index ix_org_account_department on org_account (department_id);

create table org_account_role (
    account_id  bigint      not null references org_account (id),
    role        varchar(40) not null,
    primary key (account_id, role),
    constraint ck_org_account_role check (role in
        ('CLERK', 'LIAISON_OFFICER', 'DEPARTMENT_HEAD', 'ADMINISTRATOR', 'OVERSIGHT', 'SYSTEM'))
);
