-- One front-end machine for several units: the provincial platform's system account, registered for one approval bureau,
-- may be authorised by an administrator to act for the approval bureaus of other units too. Every call names the unit.
create table org_system_acts_for (
    account_id     bigint not null references org_system_access (account_id),
    department_id  bigint not null references org_department (id),
    primary key (account_id, department_id)
);
