select customer_id, loyalty_type, hierarchy_code, role_code, company_id, parent_id, document, created_on, updated_on
  from customer
 where org_id = :orgId
   and customer_id = :id
   for update <wait>
