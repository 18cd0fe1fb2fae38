insert into card_series (org_id, series_id, code, max_active_per_customer, enabled)
select :orgId, declared.series_id, declared.code, declared.max_active, true
  from unnest(:ids::bigint[], :codes::text[], :maxActive::integer[]) as declared (series_id, code, max_active)
on conflict (org_id, series_id) do update
   set code = excluded.code,
       max_active_per_customer = excluded.max_active_per_customer,
       enabled = true
