-- Extended field values keep their field's type (API.md §6.53). Values stored as text become a JSON number or boolean where
-- they parse as their field's current type; anything else, and the fields an org no longer defines, stay as they are.
-- The order of the fields and the rest of each document are kept; history entries keep what they recorded.
set local statement_timeout = 0;
set local lock_timeout = 0;

create function typed_extended_field(field_type text, stored json) returns json
    language sql immutable
as $$
    select case
               when json_typeof(stored) <> 'string' then null
               when field_type = 'INTEGER' and btrim(stored #>> '{}') ~ '^[+-]?[0-9]{1,19}$' then
                   case when btrim(stored #>> '{}')::numeric between -9223372036854775808 and 9223372036854775807
                        then to_json(btrim(stored #>> '{}')::bigint) end
               when field_type = 'DOUBLE' and btrim(stored #>> '{}') ~ '^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,4})?$' then
                   case when abs(btrim(stored #>> '{}')::numeric) <= 1.7976931348623157e308
                        then to_json(btrim(stored #>> '{}')::double precision) end
               when field_type = 'BOOLEAN' and lower(btrim(stored #>> '{}')) in ('true', 'false') then
                   to_json(lower(btrim(stored #>> '{}'))::boolean)
           end
$$;

update customer c
   set document = json_build_object(
           'profiles', c.document -> 'profiles',
           'extendedFields', (select json_object_agg(field.key, coalesce(typed_extended_field(definition.type, field.value), field.value)
                                                     order by field.position)
                                from json_each(c.document -> 'extendedFields') with ordinality as field(key, value, position)
                                left join extended_field definition
                                       on definition.org_id = c.org_id and definition.name = field.key and definition.enabled),
           'enrollments', c.document -> 'enrollments')
 where exists (select 1
                 from json_each(c.document -> 'extendedFields') as field(key, value)
                 join extended_field definition on definition.org_id = c.org_id and definition.name = field.key and definition.enabled
                where typed_extended_field(definition.type, field.value) is not null);

drop function typed_extended_field(text, json);
