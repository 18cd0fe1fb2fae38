insert into tier (org_id, program_id, number, name, enabled)
select :orgId, declared.program_id, declared.number, declared.name, true
  from unnest(:programIds::bigint[], :numbers::integer[], :names::text[]) as declared (program_id, number, name)
on conflict (org_id, program_id, number) do update
   set name = excluded.name,
       enabled = true
