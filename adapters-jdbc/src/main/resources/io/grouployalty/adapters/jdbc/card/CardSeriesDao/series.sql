select series.series_id, series.code, series.max_active_per_customer, label.label, label.status
  from card_series series
  left join card_series_label label
         on label.org_id = series.org_id
        and label.series_id = series.series_id
 where series.org_id = :orgId
   and series.enabled
   and (cast(:seriesId as bigint) is null or series.series_id = :seriesId)
   and (cast(:code as text) is null or series.code = :code)
