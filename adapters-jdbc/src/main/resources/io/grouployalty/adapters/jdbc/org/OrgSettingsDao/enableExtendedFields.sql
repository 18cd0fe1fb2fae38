insert into extended_field (org_id, name, type, max_length, position, enabled)
select :orgId, declared.name, declared.type, declared.max_length, declared.position, true
  from unnest(:names::text[], :types::text[], :maxLengths::integer[]) with ordinality
       as declared (name, type, max_length, position)
on conflict (org_id, name) do update
   set type = excluded.type,
       max_length = excluded.max_length,
       position = excluded.position,
       enabled = true
