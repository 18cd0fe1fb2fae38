insert into org_source_account (org_id, source, account_id, enabled)
select :orgId, declared.source, declared.account_id, true
  from unnest(:sources::text[], :accounts::text[]) as declared (source, account_id)
on conflict (org_id, source, account_id) do update
   set enabled = true
 where not org_source_account.enabled
