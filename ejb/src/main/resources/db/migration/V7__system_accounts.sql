-- External systems (Art 14): how each authenticates, what it may call, through which interface, from where.
-- People who were given a password by an administrator must choose their own at the next login.
alter table org_account add column must_change_password boolean default false not null;

create table org_system_access (
    account_id      bigint       not null primary key references org_account (id),
    -- The shared secret, encrypted with the server's credential key (AES-GCM). WS-Security password digests
    -- need the secret itself, so a one-way hash cannot serve here.
    secret_cipher   varchar(200) not null,
    secret_set_at   timestamp with time zone not null,
    -- SHA-256 of the current REST bearer token; the token itself is shown once and never stored.
    token_hash      varchar(64),
    token_issued_at timestamp with time zone,
    version         bigint       not null,
    constraint uk_org_system_token unique (token_hash)
);

create table org_system_channel (
    account_id  bigint      not null references org_system_access (account_id),
    channel     varchar(10) not null,
    primary key (account_id, channel),
    constraint ck_org_system_channel check (channel in ('SOAP', 'REST'))
);

create table org_system_operation (
    account_id  bigint      not null references org_system_access (account_id),
    operation   varchar(40) not null,
    primary key (account_id, operation)
);

create table org_system_address (
    account_id    bigint      not null references org_system_access (account_id),
    address_range varchar(50) not null,
    primary key (account_id, address_range)
);
