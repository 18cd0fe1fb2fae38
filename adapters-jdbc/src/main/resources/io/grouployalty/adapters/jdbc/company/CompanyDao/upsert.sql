insert into company (org_id, company_id, external_id, name, hierarchy_code, parent_company_id, active,
                     extended_field_names, extended_field_values, created_on)
values (:orgId, :companyId, :externalId, :name, :hierarchyCode, :parentCompanyId, :active,
        :extendedFieldNames, :extendedFieldValues, :createdOn)
on conflict (org_id, company_id) do update
   set name = excluded.name,
       parent_company_id = excluded.parent_company_id,
       active = excluded.active,
       extended_field_names = excluded.extended_field_names,
       extended_field_values = excluded.extended_field_values
