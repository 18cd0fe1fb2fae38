insert into change_history (org_id, change_id, customer_id, at, request_id, actor, operation, changes)
values (:orgId, nextval('change_id_seq'), :customerId, :at, :requestId, :actor, :operation, cast(:changes as json))
