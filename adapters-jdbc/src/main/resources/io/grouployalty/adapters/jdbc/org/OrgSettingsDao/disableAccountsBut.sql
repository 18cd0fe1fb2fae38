update org_source_account
   set enabled = false
 where org_id = :orgId
   and enabled
   and (source, account_id) not in (
           select declared.source, declared.account_id
             from unnest(:sources::text[], :accounts::text[]) as declared (source, account_id))
