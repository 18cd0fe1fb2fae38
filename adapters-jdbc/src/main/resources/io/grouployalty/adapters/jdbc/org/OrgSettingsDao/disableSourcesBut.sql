update org_source
   set enabled = false
 where org_id = :orgId
   and enabled
   and source <> all (:sources::text[])
