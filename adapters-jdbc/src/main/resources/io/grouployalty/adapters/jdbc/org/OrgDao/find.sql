select org_id, name, time_zone
  from org
 where org_id = :orgId
