-- Orgs are the tenants: every other table is keyed by org_id first (tills excepted, see below).
create table org (
    org_id    bigint primary key check (org_id > 0),
    name      text   not null,
    time_zone text   not null
);

-- Basic auth carries no org, so till codes are unique across orgs and tills are keyed by code alone.
create table till (
    code          text    primary key,
    org_id        bigint  not null references org (org_id),
    password_hash text    not null,
    enabled       boolean not null
);
create index till_by_org on till (org_id, code);

-- INSTORE is enabled for every org and never stored. Rows are disabled, never deleted.
create table org_source (
    org_id  bigint  not null references org (org_id),
    source  text    not null,
    enabled boolean not null,
    primary key (org_id, source)
);

create table org_source_account (
    org_id     bigint  not null,
    source     text    not null,
    account_id text    not null,
    enabled    boolean not null,
    primary key (org_id, source, account_id),
    foreign key (org_id, source) references org_source (org_id, source)
);
