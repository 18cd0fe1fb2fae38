update company
   set name = :name,
       parent_company_id = :parentCompanyId,
       active = :active,
       extended_field_names = :extendedFieldNames,
       extended_field_values = :extendedFieldValues
 where org_id = :orgId
   and company_id = :companyId
