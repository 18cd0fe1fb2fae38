select customer_id
  from customer
 where org_id = :orgId
   and customer_id = any (:ids::bigint[])
 order by customer_id
   for update
