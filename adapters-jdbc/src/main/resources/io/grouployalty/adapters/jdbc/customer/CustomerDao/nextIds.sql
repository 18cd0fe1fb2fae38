select nextval('customer_id_seq') from generate_series(1, :count)
