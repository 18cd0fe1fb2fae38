update extended_field
   set enabled = false
 where org_id = :orgId
   and enabled
   and name <> all (:names::text[])
