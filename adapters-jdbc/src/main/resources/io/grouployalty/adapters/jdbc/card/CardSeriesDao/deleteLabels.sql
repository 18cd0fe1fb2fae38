delete from card_series_label
 where org_id = :orgId
   and series_id = any (:ids::bigint[])
