-- A delivery can be withdrawn: the department sent the push back, or no longer receives by industry system.
alter table exchange_delivery drop constraint ck_exchange_delivery_status;
alter table exchange_delivery add constraint ck_exchange_delivery_status
    check (status in ('PENDING', 'DELIVERED', 'REJECTED', 'WITHDRAWN'));
