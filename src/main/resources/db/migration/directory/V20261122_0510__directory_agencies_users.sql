-- Agencies in two trees (ministry → department → division; province → local governments) plus
-- independent bodies, state enterprises and PACC's regions; their users and account requests.

create table directory_province (
    code        text primary key,          -- Ministry of Interior 2-digit province code
    name_th     text not null,
    name_en     text,
    pacc_region int                         -- PACC regional office (ปปท. เขต) covering the province
);

create table directory_agency (
    id            bigserial primary key,
    code          text    not null unique, -- DLA 7-digit code for local governments, mnemonic otherwise
    name_th       text    not null,
    name_en       text,
    abbrev_th     text,
    type          text    not null,
    parent_id     bigint references directory_agency (id),
    province_code text references directory_province (code),
    district_th   text,
    active        boolean not null default true,
    version       int     not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create index directory_agency_parent_idx on directory_agency (parent_id);
create index directory_agency_type_idx on directory_agency (type, province_code);

create table directory_user (
    id            bigserial primary key,
    username      text    not null unique,
    password_hash text    not null,
    display_name  text    not null,
    email         text,
    phone         text,
    position_th   text,
    agency_id     bigint references directory_agency (id),
    roles         text[]  not null,
    working_group text,
    enabled       boolean not null default true,
    version       int     not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint directory_user_username_lower check (username = lower(username))
);
create index directory_user_agency_idx on directory_user (agency_id);

create table directory_account_request (
    id             bigserial primary key,
    agency_id      bigint  not null references directory_agency (id),
    full_name      text    not null,
    position_th    text,
    email          text    not null,
    phone          text,
    username       text    not null,
    password_hash  text    not null,
    requested_role text    not null,
    status         text    not null default 'PENDING',
    decision_reason text,
    decided_by     text,
    decided_at     timestamptz,
    user_id        bigint references directory_user (id),
    version        int     not null default 0,
    created_at     timestamptz not null default now()
);
create index directory_account_request_status_idx on directory_account_request (status, created_at);
create unique index directory_account_request_pending_username on directory_account_request (username)
    where status = 'PENDING';

select audit_table('directory_province');
select audit_table('directory_agency');
select audit_table('directory_user', 'password_hash');
select audit_table('directory_account_request', 'password_hash');
