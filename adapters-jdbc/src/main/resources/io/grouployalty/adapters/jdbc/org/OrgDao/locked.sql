select org_id
  from org
 where org_id = :orgId
   for no key update <wait>
