select min(customer_id)
  from customer_identifier
 where org_id = :orgId
   and type = :type
   and value = :value
having count(*) > 0
