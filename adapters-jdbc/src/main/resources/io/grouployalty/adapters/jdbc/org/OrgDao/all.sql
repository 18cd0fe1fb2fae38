select org_id, name, time_zone
  from org
 order by org_id
