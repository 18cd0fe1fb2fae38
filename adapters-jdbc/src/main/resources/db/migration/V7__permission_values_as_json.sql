-- A role's permission values keep their JSON type: they are stored as JSON text from now on ("true" the string is "\"true\"",
-- true the boolean is "true"). Every value stored before was read as text, so it becomes a JSON string.
set local statement_timeout = 0;
set local lock_timeout = 0;

update hierarchy_role
   set permission_values = array(select to_json(stored.value)::text
                                   from unnest(permission_values) with ordinality as stored(value, position)
                                  order by stored.position)
 where cardinality(permission_values) > 0;
