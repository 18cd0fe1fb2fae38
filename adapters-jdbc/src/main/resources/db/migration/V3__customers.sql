-- Customers: the association in columns (so that the database keeps one parent, one role, one company), the rest
-- of the customer as one JSON document; identifiers and cards in tables of their own, where uniqueness lives.

create sequence customer_id_seq;

create table customer (
    org_id         bigint      not null references org (org_id),
    customer_id    bigint      not null,
    loyalty_type   text        not null check (loyalty_type in ('LOYALTY', 'NON_LOYALTY')),
    hierarchy_code text,
    role_code      text,
    company_id     bigint,
    parent_id      bigint,
    document       json        not null,
    created_on     timestamptz not null,
    updated_on     timestamptz not null,
    primary key (org_id, customer_id),
    foreign key (org_id, parent_id) references customer (org_id, customer_id),
    foreign key (org_id, company_id) references company (org_id, company_id),
    foreign key (org_id, hierarchy_code) references hierarchy (org_id, code),
    check ((hierarchy_code is null) = (role_code is null) and (role_code is null) = (company_id is null)),
    check (parent_id is null or company_id is not null),
    check (parent_id is distinct from customer_id)
);
create index customer_by_parent on customer (org_id, parent_id, created_on, customer_id) where parent_id is not null;
create index customer_by_company on customer (org_id, company_id, created_on, customer_id) where company_id is not null;

-- An identifier belongs to one customer within a source and account ('' for a single-account source).
create table customer_identifier (
    org_id      bigint not null,
    source      text   not null,
    account_id  text   not null,
    type        text   not null,
    value       text   not null,
    customer_id bigint not null,
    primary key (org_id, source, account_id, type, value),
    foreign key (org_id, customer_id) references customer (org_id, customer_id)
);
create index customer_identifier_by_customer on customer_identifier (org_id, customer_id);

-- A card number belongs to one customer in the whole org.
create table customer_card (
    org_id      bigint not null,
    number      text   not null,
    customer_id bigint not null,
    primary key (org_id, number),
    foreign key (org_id, customer_id) references customer (org_id, customer_id)
);
create index customer_card_by_customer on customer_card (org_id, customer_id);

-- An append-only log: it names customers but does not hold them.
create sequence change_id_seq;

create table change_history (
    org_id      bigint      not null references org (org_id),
    change_id   bigint      not null,
    customer_id bigint      not null,
    at          timestamptz not null,
    request_id  text,
    actor       text        not null,
    operation   text        not null,
    changes     json        not null,
    primary key (org_id, change_id)
);
create index change_history_by_customer on change_history (org_id, customer_id, change_id desc);
