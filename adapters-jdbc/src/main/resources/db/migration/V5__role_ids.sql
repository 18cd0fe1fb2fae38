-- Roles have public ids (API.md §6.55): drawn once when a role is first stored, in chain order for the roles stored before.
create sequence role_id_seq;

alter table hierarchy_role add column role_id bigint;

update hierarchy_role role
   set role_id = numbered.role_id
  from (select org_id, hierarchy_id, position, nextval('role_id_seq') as role_id
          from (select org_id, hierarchy_id, position from hierarchy_role order by org_id, hierarchy_id, position) ordered) numbered
 where role.org_id = numbered.org_id
   and role.hierarchy_id = numbered.hierarchy_id
   and role.position = numbered.position;

alter table hierarchy_role alter column role_id set default nextval('role_id_seq'),
                           alter column role_id set not null,
                           add unique (org_id, role_id);
alter sequence role_id_seq owned by hierarchy_role.role_id;
