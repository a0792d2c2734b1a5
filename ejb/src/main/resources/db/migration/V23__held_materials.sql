-- A material held for an application keeps when it came and whether it was supplemented after the application:
-- a supplement adds to what was handed in at the counter instead of replacing it.
alter table licensing_application_material add column received_at timestamp with time zone;
alter table licensing_application_material add column supplemented boolean default false not null;
update licensing_application_material set received_at = (select a.received_at from licensing_application a
    where a.id = licensing_application_material.application_id);
alter table licensing_application_material alter column received_at set not null;
