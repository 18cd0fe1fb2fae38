update till
   set enabled = false
 where org_id = :orgId
   and enabled
   and code <> all (:codes::text[])
