-- Reference data loads (skipped when the shipped file is unchanged) and bulk agency imports: the uploaded
-- rows stay in the database between the dry run and the apply, so any app node can apply them.

create table directory_reference_load (
    name      text primary key,             -- e.g. dla-local-governments
    sha256    text        not null,
    row_count int         not null,
    loaded_at timestamptz not null default now()
);

create table directory_import (
    id              bigserial primary key,
    token           uuid        not null unique,
    file_name       text        not null,
    format          text        not null, -- XLSX, CSV_UTF8, CSV_UTF16, CSV_WINDOWS_874
    status          text        not null default 'PREVIEWED', -- PREVIEWED, APPLIED
    columns         text[]      not null, -- the template columns the file has; absent ones are left alone
    row_count       int         not null,
    new_count       int         not null,
    changed_count   int         not null,
    unchanged_count int         not null,
    error_count     int         not null,
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null,
    applied_by      text,
    applied_at      timestamptz,
    applied_new     int,
    applied_changed int,
    applied_unchanged int,
    version         int         not null default 0
);
create index directory_import_created_idx on directory_import (created_at desc);

create table directory_import_row (
    id            bigserial primary key,
    import_id     bigint not null references directory_import (id) on delete cascade,
    row_no        int    not null,           -- line or sheet row number as the user sees it
    code          text,
    name_th       text,
    name_en       text,
    abbrev_th     text,
    type          text,
    parent_code   text,
    province_code text,
    district_th   text,
    outcome       text   not null,           -- NEW, CHANGED, UNCHANGED, ERROR
    problems      jsonb  not null default '[]', -- [{"code": message key, "args": [...]}]
    changes       jsonb  not null default '[]', -- [{"field": "name_th", "before": "...", "after": "..."}]
    unique (import_id, row_no)
);
create index directory_import_row_outcome_idx on directory_import_row (import_id, outcome, row_no);

create index directory_agency_name_idx on directory_agency (name_th);

select audit_table('directory_reference_load');
select audit_table('directory_import');
select audit_table('directory_import_row');
