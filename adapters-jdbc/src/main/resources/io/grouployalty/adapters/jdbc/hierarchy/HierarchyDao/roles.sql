select hierarchy_id, position, role_id, code, max_child, points_aggregation_role, permission_codes, permission_values
  from hierarchy_role
 where org_id = :orgId
   and hierarchy_id = any (:ids)
