update card_series
   set enabled = false
 where org_id = :orgId
   and enabled
