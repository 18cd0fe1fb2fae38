insert into program (org_id, program_id, name, enabled)
select :orgId, declared.program_id, declared.name, true
  from unnest(:ids::bigint[], :names::text[]) as declared (program_id, name)
on conflict (org_id, program_id) do update
   set name = excluded.name,
       enabled = true
