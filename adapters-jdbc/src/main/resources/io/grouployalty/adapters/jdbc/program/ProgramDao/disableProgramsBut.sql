update program
   set enabled = false
 where org_id = :orgId
   and enabled
   and program_id <> all (:ids::bigint[])
