update tier
   set enabled = false
 where org_id = :orgId
   and enabled
   and (program_id, number) not in (
           select declared.program_id, declared.number
             from unnest(:programIds::bigint[], :numbers::integer[]) as declared (program_id, number))
