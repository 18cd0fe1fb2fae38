select customer_id, child_count
  from customer
 where org_id = :orgId
   and customer_id = any (:ids::bigint[])
