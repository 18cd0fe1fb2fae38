select child_count
  from customer
 where org_id = :orgId
   and customer_id = :parentId
