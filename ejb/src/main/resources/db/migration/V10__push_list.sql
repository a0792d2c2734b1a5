-- The result push list of each listed item (审批结果信息推送清单, Art 8 ¶1): which fields of an approval
-- result are pushed, to which competent department, and whether issuing a licence pushes automatically.

create table catalogue_push_list (
    id                       bigint       not null primary key,
    unit_id                  bigint       not null references org_unit (id),
    item_code                varchar(40)  not null,
    receiving_department_id  bigint       not null references org_department (id),
    automatic                boolean      not null,
    changed_at               timestamp with time zone not null,
    changed_by               varchar(64)  not null,
    version                  bigint       not null,
    constraint uk_catalogue_push_list unique (unit_id, item_code)
);
create index ix_catalogue_push_list_changed on catalogue_push_list (changed_at);

create table catalogue_push_field (
    push_list_id  bigint       not null references catalogue_push_list (id),
    field         varchar(40)  not null,
    primary key (push_list_id, field)
);
