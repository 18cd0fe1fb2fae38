-- A new role draws its role_id from the column default; a role stored before keeps its own.
insert into hierarchy_role (org_id, hierarchy_id, position, code, max_child, points_aggregation_role,
                            permission_codes, permission_values)
values (:orgId, :hierarchyId, :position, :code, :maxChild, :pointsAggregationRole, :permissionCodes, :permissionValues)
on conflict (org_id, hierarchy_id, position) do update
   set code = excluded.code,
       max_child = excluded.max_child,
       points_aggregation_role = excluded.points_aggregation_role,
       permission_codes = excluded.permission_codes,
       permission_values = excluded.permission_values
