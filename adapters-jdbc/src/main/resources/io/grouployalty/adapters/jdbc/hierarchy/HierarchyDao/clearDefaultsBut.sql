update hierarchy
   set is_default = false
 where org_id = :orgId
   and is_default
   and hierarchy_id <> :id
