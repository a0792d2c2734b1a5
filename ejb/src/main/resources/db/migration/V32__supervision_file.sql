-- Supervision files (Art 6, 17, 18): one per licence and supervising department, opened when the department signs for
-- the licence's result (or takes it over by another hand-over), started when the department assigns its supervisor and
-- first measure. Starting completes the department's "start supervision" duty, which stays keyed to the signed push.
create sequence supervision_seq start with 1 increment by 50;
create table supervision_file (
    id              bigint        not null primary key,
    licence_number  varchar(64)   not null,
    holder_name     varchar(200),
    item_code       varchar(64),
    unit_id         bigint        not null references org_unit (id),
    department_id   bigint        not null references org_department (id),
    handover_id     bigint        not null references exchange_handover (id),
    opened_at       timestamp with time zone not null,
    status          varchar(20)   not null,
    supervisor      varchar(100),
    first_measure   varchar(2000),
    started_on      date,
    started_at      timestamp with time zone,
    started_by      varchar(64),
    version         bigint        not null,
    constraint uq_supervision_file unique (licence_number, department_id),
    constraint ck_supervision_file_status check (status in ('AWAITING_START', 'STARTED'))
);
create index ix_supervision_file_department on supervision_file (department_id, status, opened_at, id);
create index ix_supervision_file_handover on supervision_file (handover_id);
-- Licences signed for before supervision files existed get theirs now, opened by the earliest signed result push (or,
-- without one, the earliest other signed hand-over of the licence), so that their open duty stays completable.
insert into supervision_file (id, licence_number, holder_name, item_code, unit_id, department_id, handover_id, opened_at, status,
        version)
select nextval('supervision_seq'), h.licence_number,
       (select l.holder_name from licensing_licence l where l.licence_no = h.licence_number), h.item_code, h.unit_id, h.to_department_id, h.id, h.signed_at,
       'AWAITING_START', 0
from exchange_handover h
where h.signed_at is not null and h.licence_number is not null and h.kind in ('RESULT', 'LICENCE_ACTION')
  and not exists (select 1 from supervision_file f
                  where f.licence_number = h.licence_number and f.department_id = h.to_department_id)
  and not exists (select 1 from exchange_handover e
                  where e.licence_number = h.licence_number and e.to_department_id = h.to_department_id
                    and e.signed_at is not null and e.kind in ('RESULT', 'LICENCE_ACTION')
                    and (e.kind = 'RESULT' and h.kind <> 'RESULT' or e.kind = h.kind and e.id < h.id));
