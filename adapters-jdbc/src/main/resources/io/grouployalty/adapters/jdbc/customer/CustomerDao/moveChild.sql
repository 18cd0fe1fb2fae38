update customer
   set child_count = child_count + case when customer_id = :newParentId then 1 else -1 end
 where org_id = :orgId
   and customer_id in (:oldParentId, :newParentId)
   and :oldParentId is distinct from :newParentId
