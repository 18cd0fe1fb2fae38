-- Reference data customers are checked against. Rows an org file leaves out are disabled, never deleted.

create table custom_field (
    org_id   bigint  not null references org (org_id),
    name     text    not null,
    position integer not null,
    enabled  boolean not null,
    primary key (org_id, name)
);

create table extended_field (
    org_id     bigint  not null references org (org_id),
    name       text    not null,
    type       text    not null check (type in ('STRING', 'INTEGER', 'DOUBLE', 'BOOLEAN', 'DATE')),
    max_length integer check (max_length between 1 and 1000),
    position   integer not null,
    enabled    boolean not null,
    primary key (org_id, name)
);

create table program (
    org_id     bigint  not null references org (org_id),
    program_id bigint  not null,
    name       text    not null,
    enabled    boolean not null,
    primary key (org_id, program_id)
);

create table tier (
    org_id     bigint  not null,
    program_id bigint  not null,
    number     integer not null check (number >= 1),
    name       text    not null,
    enabled    boolean not null,
    primary key (org_id, program_id, number),
    foreign key (org_id, program_id) references program (org_id, program_id)
);

create table card_series (
    org_id                   bigint  not null references org (org_id),
    series_id                bigint  not null,
    code                     text    not null,
    max_active_per_customer  integer not null check (max_active_per_customer >= 1),
    enabled                  boolean not null,
    primary key (org_id, series_id)
);
create unique index card_series_code on card_series (org_id, code) where enabled;

create table card_series_label (
    org_id    bigint not null,
    series_id bigint not null,
    label     text   not null,
    status    text   not null check (status in ('NOT_ISSUED', 'ACTIVE', 'INACTIVE', 'SUSPENDED', 'EXPIRED', 'DELETED')),
    primary key (org_id, series_id, label),
    foreign key (org_id, series_id) references card_series (org_id, series_id)
);

create sequence hierarchy_id_seq;

create table hierarchy (
    org_id                      bigint      not null references org (org_id),
    hierarchy_id                bigint      not null,
    code                        text        not null,
    name                        text,
    description                 text,
    active                      boolean     not null,
    is_default                  boolean     not null,
    auto_group_creation_enabled boolean     not null,
    hierarchy_creation_strict   boolean     not null,
    skip_role_allowed           boolean     not null,
    created_on                  timestamptz not null,
    primary key (org_id, hierarchy_id),
    unique (org_id, code)
);
create unique index hierarchy_one_default on hierarchy (org_id) where is_default;

-- Roles in chain order: the role at position n + 1 is the child role of the role at position n.
create table hierarchy_role (
    org_id                  bigint  not null,
    hierarchy_id            bigint  not null,
    position                integer not null,
    code                    text    not null,
    max_child               integer check (max_child between 0 and 30000),
    points_aggregation_role boolean not null,
    permission_codes        text[]  not null,
    permission_values       text[]  not null,
    primary key (org_id, hierarchy_id, position),
    unique (org_id, hierarchy_id, code),
    foreign key (org_id, hierarchy_id) references hierarchy (org_id, hierarchy_id)
);

create sequence company_id_seq;

create table company (
    org_id                bigint      not null references org (org_id),
    company_id            bigint      not null,
    external_id           text        not null,
    name                  text        not null,
    hierarchy_code        text        not null,
    parent_company_id     bigint,
    active                boolean     not null,
    extended_field_names  text[]      not null,
    extended_field_values text[]      not null,
    created_on            timestamptz not null,
    primary key (org_id, company_id),
    unique (org_id, external_id),
    foreign key (org_id, hierarchy_code) references hierarchy (org_id, code),
    foreign key (org_id, parent_company_id) references company (org_id, company_id)
);
create index company_by_parent on company (org_id, parent_company_id);
create index company_by_creation on company (org_id, created_on, company_id);
