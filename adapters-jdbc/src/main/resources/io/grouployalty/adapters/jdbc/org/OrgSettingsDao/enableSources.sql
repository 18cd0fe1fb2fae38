insert into org_source (org_id, source, enabled)
select :orgId, declared.source, true
  from unnest(:sources::text[]) as declared (source)
on conflict (org_id, source) do update
   set enabled = true
 where not org_source.enabled
