insert into company (org_id, company_id, external_id, name, hierarchy_code, parent_company_id, active,
                     extended_field_names, extended_field_values, created_on)
values (:orgId, :companyId, :externalId, :name, :hierarchyCode, :parentCompanyId, :active,
        :extendedFieldNames, :extendedFieldValues, :createdOn)
on conflict (org_id, external_id) do nothing
