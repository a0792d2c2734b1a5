-- The code printed in a licence's verification QR code: anyone holding the paper can confirm it on the platform's
-- public page, and no one can list licences by trying codes. Given when the certificate is first printed.
alter table licensing_licence add column verification_code varchar(32);
create unique index ux_licence_verification on licensing_licence (verification_code);
