select code, org_id, password_hash, enabled
  from till
 where code = :code
