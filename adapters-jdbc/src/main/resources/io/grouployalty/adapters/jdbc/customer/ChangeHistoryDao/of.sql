select change_id, customer_id, at, request_id, actor, operation, changes
  from change_history
 where org_id = :orgId
   and customer_id = :customerId
 order by change_id desc
 limit :limit offset :offset
