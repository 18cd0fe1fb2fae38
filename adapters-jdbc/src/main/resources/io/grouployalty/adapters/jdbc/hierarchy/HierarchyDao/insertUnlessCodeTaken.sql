insert into hierarchy (org_id, hierarchy_id, code, name, description, active, is_default, auto_group_creation_enabled,
                       hierarchy_creation_strict, skip_role_allowed, created_on)
values (:orgId, :hierarchyId, :code, :name, :description, :active, :isDefault, :autoGroupCreationEnabled,
        :hierarchyCreationStrict, :skipRoleAllowed, :createdOn)
on conflict (org_id, code) do nothing
