-- Every object of the current database that :owner does not own yet (the first version made them as the superuser), as the
-- statement that gives it to :owner. Indexes, TOAST tables and the sequences that belong to a table follow their table.
select format('alter schema %I owner to %I', n.nspname, :owner)
  from pg_namespace n
 where n.nspowner not in (to_regrole(:owner), 'pg_database_owner'::regrole)
   and n.nspname not like 'pg\_%' and n.nspname <> 'information_schema'
union all
select format('alter %s %s owner to %I',
              case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view'
                             when 'f' then 'foreign table' else 'table' end,
              c.oid::regclass, :owner)
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
 where c.relkind in ('r', 'p', 'v', 'm', 'f', 'S') and c.relowner <> to_regrole(:owner)
   and n.nspname not like 'pg\_%' and n.nspname <> 'information_schema'
   and not (c.relkind = 'S' and exists (select from pg_depend d
                                          where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                            and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')))
union all
select format('alter routine %s owner to %I', p.oid::regprocedure, :owner)
  from pg_proc p
  join pg_namespace n on n.oid = p.pronamespace
 where p.proowner <> to_regrole(:owner)
   and n.nspname not like 'pg\_%' and n.nspname <> 'information_schema'
union all
select format('alter %s %s owner to %I', case t.typtype when 'd' then 'domain' else 'type' end, t.oid::regtype, :owner)
  from pg_type t
  join pg_namespace n on n.oid = t.typnamespace
 where t.typowner <> to_regrole(:owner)
   and n.nspname not like 'pg\_%' and n.nspname <> 'information_schema'
   and (t.typtype in ('d', 'e', 'r') or (t.typtype = 'c' and (select c.relkind from pg_class c where c.oid = t.typrelid) = 'c'))
