select company_id, external_id, name, hierarchy_code, parent_company_id, active, extended_field_names, extended_field_values, created_on
  from company
 where org_id = :orgId
   and company_id = any (:ids)
 order by company_id
   for no key update <wait>
