-- Contact details of people, so that liaison officers (联络员, Art 16) can be reached.
alter table org_account add column phone varchar(30);
alter table org_account add column email varchar(100);
