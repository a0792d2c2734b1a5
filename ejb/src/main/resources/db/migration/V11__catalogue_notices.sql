-- Art 8 ¶3: competent departments notify the approval bureau of law and policy changes that touch listed
-- items; Art 8 ¶4: they solicit its opinion on draft rules that touch them, with a reply deadline. Both are
-- tracked to a reply.

create table catalogue_notice (
    id                   bigint         not null primary key,
    unit_id              bigint         not null references org_unit (id),
    kind                 varchar(30)    not null,
    from_department_id   bigint         not null references org_department (id),
    to_department_id     bigint         not null references org_department (id),
    subject              varchar(200)   not null,
    basis                varchar(1000)  not null,
    affected_items       varchar(2000),
    body                 varchar(4000)  not null,
    sent_at              timestamp with time zone not null,
    sent_by              varchar(64)    not null,
    reply_due            date,
    reply                varchar(4000),
    replied_at           timestamp with time zone,
    replied_by           varchar(64),
    version              bigint         not null,
    constraint ck_catalogue_notice_kind check (kind in ('LAW_CHANGE', 'OPINION_SOLICITATION'))
);
create index ix_catalogue_notice_to on catalogue_notice (to_department_id, replied_at);
create index ix_catalogue_notice_from on catalogue_notice (from_department_id);
