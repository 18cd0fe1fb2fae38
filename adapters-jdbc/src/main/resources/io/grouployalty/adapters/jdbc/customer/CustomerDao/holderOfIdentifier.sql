select customer_id
  from customer_identifier
 where org_id = :orgId
   and source = :source
   and account_id = :accountId
   and type = :type
   and value = :value
