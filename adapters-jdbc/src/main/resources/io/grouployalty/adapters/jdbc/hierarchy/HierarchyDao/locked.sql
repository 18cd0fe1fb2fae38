select hierarchy_id, code, name, description, active, is_default, auto_group_creation_enabled,
       hierarchy_creation_strict, skip_role_allowed, created_on
  from hierarchy
 where org_id = :orgId
   and hierarchy_id = :id
   for no key update <wait>
