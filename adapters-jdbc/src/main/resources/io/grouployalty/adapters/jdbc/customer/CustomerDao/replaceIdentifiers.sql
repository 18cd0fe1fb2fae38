with wanted (source, account_id, type, value) as (
    select * from unnest(:sources::text[], :accounts::text[], :types::text[], :values::text[])
), dropped as (
    delete from customer_identifier held
     where held.org_id = :orgId
       and held.customer_id = :customerId
       and (held.source, held.account_id, held.type, held.value) not in (select * from wanted)
)
insert into customer_identifier (org_id, source, account_id, type, value, customer_id)
select :orgId, wanted.source, wanted.account_id, wanted.type, wanted.value, :customerId
  from wanted
on conflict (org_id, source, account_id, type, value) do update
   set customer_id = excluded.customer_id
 where customer_identifier.customer_id = excluded.customer_id
returning source || '/' || account_id || '/' || type || '/' || value
