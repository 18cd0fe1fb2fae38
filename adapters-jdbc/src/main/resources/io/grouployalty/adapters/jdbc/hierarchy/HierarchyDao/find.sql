select hierarchy_id, code, name, description, active, is_default, auto_group_creation_enabled,
       hierarchy_creation_strict, skip_role_allowed, created_on
  from hierarchy
 where org_id = :orgId
   and (cast(:id as bigint) is null or hierarchy_id = :id)
   and (cast(:code as text) is null or code = :code)
 order by hierarchy_id
