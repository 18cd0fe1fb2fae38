insert into till (code, org_id, password_hash, enabled)
select declared.code, :orgId, declared.hash, true
  from unnest(:codes::text[], :hashes::text[]) as declared (code, hash)
on conflict (code) do update
   set password_hash = excluded.password_hash,
       enabled = true
 where till.org_id = excluded.org_id
returning code
