insert into customer (org_id, customer_id, loyalty_type, hierarchy_code, role_code, company_id, parent_id, document,
                      created_on, updated_on)
values (:orgId, :customerId, :loyaltyType, :hierarchyCode, :roleCode, :companyId, :parentId, cast(:document as json),
        :createdOn, :updatedOn)
on conflict (org_id, customer_id) do update
   set loyalty_type = excluded.loyalty_type,
       hierarchy_code = excluded.hierarchy_code,
       role_code = excluded.role_code,
       company_id = excluded.company_id,
       parent_id = excluded.parent_id,
       document = excluded.document,
       updated_on = excluded.updated_on
