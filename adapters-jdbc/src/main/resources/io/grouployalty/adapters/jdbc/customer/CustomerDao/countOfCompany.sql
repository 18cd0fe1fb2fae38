select count(*)
  from customer
 where org_id = :orgId
   and company_id = :companyId
