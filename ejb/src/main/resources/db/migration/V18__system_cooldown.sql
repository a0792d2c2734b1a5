-- A system account's credentials refused again and again from an address it may call from: after a run of refusals the
-- account cools down for a while (every call refused, even with the right secret) until the time passes or an
-- administrator lifts it. Refusals from elsewhere do not count: they cannot shut a system out.
alter table org_system_access add column failed_auths integer default 0 not null;
alter table org_system_access add column cooldown_until timestamp with time zone;
