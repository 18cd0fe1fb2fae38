select nextval('hierarchy_id_seq')
