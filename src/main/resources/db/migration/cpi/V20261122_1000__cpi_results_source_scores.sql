-- CPI results per country and year (as published by Transparency International) and the rescaled
-- source scores behind them. Loaded as reference data at start-up from src/main/resources/cpi/*.csv;
-- a coordinator may correct one source score (corrected = true: the loader then leaves the row alone).

create table cpi_country_year (
    id             bigserial primary key,
    country_code   text    not null,          -- ISO 3166-1 alpha-3
    country_name   text    not null,
    year           int     not null check (year between 1995 and 2100),   -- CPI (survey) year, Gregorian
    score          int     check (score between 0 and 100),               -- null: unscored (< 3 sources)
    rank           int     check (rank > 0),
    countries      int     check (countries > 0),
    standard_error numeric(8, 5),
    ci_low         numeric(8, 3),
    ci_high        numeric(8, 3),
    sources        int     check (sources between 0 and 13),
    version        int     not null default 0,
    constraint cpi_country_year_unique unique (country_code, year)
);

create table cpi_source_score (
    id           bigserial primary key,
    country_code text          not null,
    year         int           not null check (year between 1995 and 2100),
    source_code  text          not null,      -- planning's CPI source code (WEF, IMD, ...)
    score        numeric(9, 4) not null check (score between 0 and 100),
    corrected    boolean       not null default false,
    version      int           not null default 0,
    constraint cpi_source_score_unique unique (country_code, year, source_code)
);
create index cpi_source_score_year on cpi_source_score (year, country_code);

select audit_table('cpi_country_year');
select audit_table('cpi_source_score');
