update hierarchy
   set name = :name,
       description = :description,
       active = :active,
       is_default = :isDefault,
       auto_group_creation_enabled = :autoGroupCreationEnabled,
       hierarchy_creation_strict = :hierarchyCreationStrict,
       skip_role_allowed = :skipRoleAllowed
 where org_id = :orgId
   and hierarchy_id = :hierarchyId
