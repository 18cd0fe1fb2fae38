with wanted (number) as (
    select * from unnest(:numbers::text[])
), dropped as (
    delete from customer_card held
     where held.org_id = :orgId
       and held.customer_id = :customerId
       and held.number not in (select number from wanted)
)
insert into customer_card (org_id, number, customer_id)
select :orgId, wanted.number, :customerId
  from wanted
on conflict (org_id, number) do update
   set customer_id = excluded.customer_id
 where customer_card.customer_id = excluded.customer_id
returning number
