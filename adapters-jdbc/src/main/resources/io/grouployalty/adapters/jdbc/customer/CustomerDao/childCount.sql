select count(*)
  from customer
 where org_id = :orgId
   and parent_id = :parentId
