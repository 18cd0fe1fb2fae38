select customer_id
  from customer_card
 where org_id = :orgId
   and number = :number
