-- Penalty decisions that touch licences (Art 19), as the deciding department recorded them; each is handed to the
-- approval bureau that issued the licence through the hand-over engine (exchange_handover, kind PENALTY).

create sequence penalty_seq start with 1 increment by 50;

create table penalty_decision (
    id                   bigint         not null primary key,
    message_id           varchar(64)    not null,
    content_digest       varchar(64)    not null,
    unit_id              bigint         not null references org_unit (id),
    department_id        bigint         not null references org_department (id),
    decision_number      varchar(64)    not null,
    decided_on           date           not null,
    licence_number       varchar(64)    not null,
    holder_name          varchar(200)   not null,
    item_code            varchar(40)    not null,
    bureau_code          varchar(40)    not null,
    facts                varchar(4000)  not null,
    legal_basis          varchar(2000)  not null,
    penalty              varchar(2000)  not null,
    measure              varchar(20)    not null,
    suspended_until      date,
    handover_id          bigint         references exchange_handover (id),
    recorded_at          timestamp with time zone not null,
    recorded_by          varchar(64)    not null,
    constraint uq_penalty_decision_message unique (department_id, message_id),
    constraint uq_penalty_decision_number unique (department_id, decision_number, licence_number),
    constraint ck_penalty_decision_measure check (measure in ('CHANGE', 'SUSPEND', 'WITHDRAW', 'REVOKE', 'CANCEL'))
);
create index ix_penalty_decision_licence on penalty_decision (licence_number);
create index ix_penalty_decision_department on penalty_decision (department_id, decided_on);
