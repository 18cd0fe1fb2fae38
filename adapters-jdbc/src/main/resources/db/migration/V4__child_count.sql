-- How many customers have this customer as their parent: kept with every write so that a capacity check reads one
-- row, however many children a parent has.
alter table customer add column child_count integer not null default 0 check (child_count >= 0);
