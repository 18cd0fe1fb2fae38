select name
  from custom_field
 where org_id = :orgId
   and enabled
 order by position
