-- Seeds the bench org's customers as copies of the template customer the service stored, each with its own mobile and
-- email; then places the two fleets under their owners. Statements end with a semicolon at the end of a line.
insert into customer (org_id, customer_id, loyalty_type, hierarchy_code, role_code, company_id, parent_id, document,
                      created_on, updated_on)
select :org, 1000000 + n, 'LOYALTY', null, null, null, null,
       replace(replace(template.document::text, :templateMobile, (910000000000 + n)::text),
               :templateEmail, 'c' || n || '@bench.example')::json,
       now(), now()
  from generate_series(1, :customers) n,
       (select document from customer where org_id = :org and customer_id = :templateId) template;

insert into customer_identifier (org_id, source, account_id, type, value, customer_id)
select :org, 'INSTORE', '', kind.type,
       case kind.type when 'MOBILE' then (910000000000 + n)::text else 'c' || n || '@bench.example' end,
       1000000 + n
  from generate_series(1, :customers) n, (values ('MOBILE'), ('EMAIL')) kind (type);

update customer
   set hierarchy_code = owner.hierarchy_code, role_code = 'FC', company_id = owner.company_id,
       parent_id = case when customer.customer_id <= 1000000 + :bigFleet then :bigOwnerId else :smallOwnerId end
  from customer owner
 where customer.org_id = :org and owner.org_id = :org and owner.customer_id = :bigOwnerId
   and customer.customer_id between 1000001 and 1000000 + :bigFleet + :smallFleet;

update customer owner
   set child_count = (select count(*) from customer child where child.org_id = owner.org_id and child.parent_id = owner.customer_id)
 where owner.org_id = :org and owner.customer_id in (:bigOwnerId, :smallOwnerId);

select setval('customer_id_seq', 1000000 + :customers + 1000);
