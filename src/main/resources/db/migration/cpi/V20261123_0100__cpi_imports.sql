-- Import of Transparency International's annual results workbook: the region of each result, and the
-- imports themselves (upload → preview → apply). An import's workbook is kept until it is applied or
-- expires; what the dry run found (years, Thailand's rows, problems) is kept as JSON for the preview page.

alter table cpi_country_year add column region text;   -- TI region code: AP, AME, ECA, MENA, SSA, WE/EU
create index cpi_country_year_year on cpi_country_year (year, region);

create table cpi_import (
    id            bigserial primary key,
    token         uuid        not null unique,
    file_name     text        not null,
    file_sha256   text        not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
    content       bytea,                       -- the uploaded workbook, cleared once applied
    analysis      jsonb       not null,        -- years found, Thailand's rows, problems
    error_count   int         not null check (error_count >= 0),
    warning_count int         not null check (warning_count >= 0),
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    applied_years int[],
    applied_by    text,
    applied_at    timestamptz,
    version       int         not null default 0,
    constraint cpi_import_applied check ((applied_at is null) = (applied_years is null))
);
create index cpi_import_applied on cpi_import (applied_at) where applied_at is not null;

select audit_table('cpi_import', 'content', 'analysis');
