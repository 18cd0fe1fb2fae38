insert into org (org_id, name, time_zone)
values (:orgId, :name, :timeZone)
on conflict (org_id) do update
   set name = excluded.name,
       time_zone = excluded.time_zone
