insert into card_series_label (org_id, series_id, label, status)
select :orgId, declared.series_id, declared.label, declared.status
  from unnest(:ids::bigint[], :labels::text[], :statuses::text[]) as declared (series_id, label, status)
