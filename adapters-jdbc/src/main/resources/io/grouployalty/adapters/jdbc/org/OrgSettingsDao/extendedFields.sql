select name, type, max_length
  from extended_field
 where org_id = :orgId
   and enabled
 order by position
