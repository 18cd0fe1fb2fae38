select company_id, external_id, name, hierarchy_code, parent_company_id, active, extended_field_names, extended_field_values, created_on
  from company
 where org_id = :orgId
   and (cast(:active as boolean) is null or active = :active)
 order by created_on <direction>, company_id <direction>
 limit :limit offset :offset
