select nextval('customer_id_seq')
