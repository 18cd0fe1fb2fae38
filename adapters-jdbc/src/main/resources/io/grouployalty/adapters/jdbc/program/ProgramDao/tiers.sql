select program.program_id, program.name as program_name, tier.number, tier.name
  from program
  left join tier
    on tier.org_id = program.org_id
   and tier.program_id = program.program_id
   and (tier.enabled or not :enabledOnly)
 where program.org_id = :orgId
   and (program.enabled or not :enabledOnly)
   and (cast(:programId as bigint) is null or program.program_id = :programId)
 order by program.program_id, tier.number
