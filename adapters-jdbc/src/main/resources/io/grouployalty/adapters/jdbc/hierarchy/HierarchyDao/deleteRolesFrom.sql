delete from hierarchy_role
 where org_id = :orgId
   and hierarchy_id = :id
   and position >= :position
