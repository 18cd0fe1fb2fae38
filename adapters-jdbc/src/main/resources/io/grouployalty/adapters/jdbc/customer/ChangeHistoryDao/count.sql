select count(*)
  from change_history
 where org_id = :orgId
   and customer_id = :customerId
