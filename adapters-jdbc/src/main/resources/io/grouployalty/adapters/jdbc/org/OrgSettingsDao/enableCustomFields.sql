insert into custom_field (org_id, name, position, enabled)
select :orgId, declared.name, declared.position, true
  from unnest(:names::text[]) with ordinality as declared (name, position)
on conflict (org_id, name) do update
   set position = excluded.position,
       enabled = true
