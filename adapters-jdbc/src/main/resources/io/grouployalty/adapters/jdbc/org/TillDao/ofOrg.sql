select code, org_id, password_hash, enabled
  from till
 where org_id = :orgId
 order by code
