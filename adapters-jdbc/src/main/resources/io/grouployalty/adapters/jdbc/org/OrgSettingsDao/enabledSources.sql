select source.source,
       coalesce(array_agg(account.account_id order by account.account_id)
                    filter (where account.account_id is not null), '{}') as accounts
  from org_source source
  left join org_source_account account
         on account.org_id = source.org_id
        and account.source = source.source
        and account.enabled
 where source.org_id = :orgId
   and source.enabled
 group by source.source
