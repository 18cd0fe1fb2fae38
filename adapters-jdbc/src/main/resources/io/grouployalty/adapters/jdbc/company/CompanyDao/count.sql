select count(*)
  from company
 where org_id = :orgId
   and (cast(:active as boolean) is null or active = :active)
