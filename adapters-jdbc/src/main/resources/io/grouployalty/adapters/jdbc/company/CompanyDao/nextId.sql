select nextval('company_id_seq')
