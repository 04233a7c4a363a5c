-- Planning: recommendation sources → item tree (area → measure → sub-measure) → activities/projects with
-- responsible agencies, versioned KPIs and the CPI sources / working groups they target.
-- Agencies belong to the directory module: referred to by id only, no foreign key.

-- Reference data (loaded from src/main/resources/planning/*.csv on every start, idempotent).
create table planning_working_group (
    code       text primary key,              -- BRIBERY, OVERSIGHT, BUDGET, EFFECTIVENESS
    name_th    text not null,
    sort_order int  not null default 0
);

create table planning_cpi_source (
    code            text primary key,         -- WEF, IMD, PRS, GI, BF, WJP, EIU, PERC, VDEM
    name            text not null,
    what_it_asks_th text,
    respondents_th  text,
    sort_order      int  not null default 0
);

-- Which working group follows which CPI source (a source can belong to two groups).
create table planning_cpi_source_group (
    cpi_source_code    text not null references planning_cpi_source (code),
    working_group_code text not null references planning_working_group (code),
    primary key (cpi_source_code, working_group_code)
);

create table planning_source (
    id         bigserial primary key,
    code       text    not null unique,
    name_th    text    not null,
    name_en    text,
    issuer_th  text,
    period_th  text,                          -- as printed, e.g. "พ.ศ. ๒๕๖๕ – ๒๕๖๗"
    sort_order int     not null default 0,
    active     boolean not null default true,
    version    int     not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table planning_item (
    id         bigserial primary key,
    source_id  bigint not null references planning_source (id),
    parent_id  bigint references planning_item (id),
    code       text   not null,               -- "1", "1.2", "2.1.7.3"
    level      text   not null check (level in ('AREA', 'MEASURE', 'SUB_MEASURE')),
    title_th   text   not null,
    sort_order int    not null default 0,
    version    int    not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint planning_item_code_unique unique (source_id, code),
    constraint planning_item_not_own_parent check (parent_id is null or parent_id <> id)
);
create index planning_item_parent_idx on planning_item (parent_id);

create table planning_item_cpi_target (
    item_id         bigint not null references planning_item (id) on delete cascade,
    cpi_source_code text   not null references planning_cpi_source (code),
    primary key (item_id, cpi_source_code)
);

create table planning_item_working_group (
    item_id            bigint not null references planning_item (id) on delete cascade,
    working_group_code text   not null references planning_working_group (code),
    primary key (item_id, working_group_code)
);

create table planning_activity (
    id                 bigserial primary key,
    code               text    not null unique,
    item_id            bigint  not null references planning_item (id),
    fiscal_year        int     not null check (fiscal_year between 2500 and 2700),  -- B.E.; first year of a long-term plan
    plan_term          text    not null default 'SHORT' check (plan_term in ('SHORT', 'LONG')),
    start_fy           int,
    end_fy             int,
    title_th           text    not null check (length(btrim(title_th)) > 0),
    description        text,
    timeframe_th       text,                  -- as printed, e.g. "เม.ย. - ก.ย. ๖๕"
    start_date         date,
    end_date           date,
    planned_budget     numeric(18, 2) check (planned_budget >= 0 and planned_budget < 1000000000000),
    quick_win          boolean not null default false,
    emenscr_project_id text,                  -- NESDC eMENSCR project id, when linked
    version            int     not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    constraint planning_activity_dates check (end_date is null or start_date is null or end_date >= start_date),
    constraint planning_activity_term check (
        (plan_term = 'SHORT' and start_fy is null and end_fy is null)
        or (plan_term = 'LONG' and start_fy = fiscal_year and end_fy > start_fy and end_fy <= 2700))
);
create index planning_activity_item_idx on planning_activity (item_id);
create index planning_activity_fy_idx on planning_activity (fiscal_year, end_fy);

create table planning_activity_agency (
    id          bigserial primary key,
    activity_id bigint not null references planning_activity (id) on delete cascade,
    agency_id   bigint not null,              -- directory agency id
    role        text   not null check (role in ('LEAD', 'CO')),
    created_at  timestamptz not null default now(),
    constraint planning_activity_agency_unique unique (activity_id, agency_id)
);
create index planning_activity_agency_agency_idx on planning_activity_agency (agency_id);

create table planning_activity_cpi_target (
    activity_id     bigint not null references planning_activity (id) on delete cascade,
    cpi_source_code text   not null references planning_cpi_source (code),
    primary key (activity_id, cpi_source_code)
);

create table planning_activity_working_group (
    activity_id        bigint not null references planning_activity (id) on delete cascade,
    working_group_code text   not null references planning_working_group (code),
    primary key (activity_id, working_group_code)
);

-- A KPI is an identity; what it measures lives in versioned definitions. Changing a definition adds a
-- version; earlier versions are kept so reports made against them stay readable.
create table planning_kpi (
    id          bigserial primary key,
    activity_id bigint not null references planning_activity (id) on delete cascade,
    sort_order  int    not null default 0,
    version     int    not null default 1,    -- the current definition's version
    retired_at  timestamptz,                  -- no longer measured; history kept
    created_at  timestamptz not null default now()
);
create index planning_kpi_activity_idx on planning_kpi (activity_id);

create table planning_kpi_definition (
    id               bigserial primary key,
    kpi_id           bigint  not null references planning_kpi (id) on delete cascade,
    version          int     not null,
    name_th          text    not null check (length(btrim(name_th)) > 0),
    unit_th          text,
    baseline         numeric(20, 4),
    target           numeric(20, 4),
    higher_is_better boolean not null default true,
    valid_from       timestamptz not null default now(),
    changed_by       text    not null,
    change_reason    text,
    constraint planning_kpi_definition_version unique (kpi_id, version)
);

-- Every ancestor of every item, the item itself included.
create view planning_item_ancestor as
with recursive up (item_id, ancestor_id, depth) as (
    select id, id, 0 from planning_item
    union all
    select up.item_id, i.parent_id, up.depth + 1
    from up join planning_item i on i.id = up.ancestor_id
    where i.parent_id is not null
)
select item_id, ancestor_id, depth from up;

-- CPI sources an activity targets: its own plus those of its item and the item's ancestors.
create view planning_activity_cpi_effective as
select t.activity_id, t.cpi_source_code
from planning_activity_cpi_target t
union
select a.id, t.cpi_source_code
from planning_activity a
join planning_item_ancestor p on p.item_id = a.item_id
join planning_item_cpi_target t on t.item_id = p.ancestor_id;

-- Working groups an activity concerns: its own, its items', and those following its CPI sources.
create view planning_activity_group_effective as
select w.activity_id, w.working_group_code
from planning_activity_working_group w
union
select a.id, w.working_group_code
from planning_activity a
join planning_item_ancestor p on p.item_id = a.item_id
join planning_item_working_group w on w.item_id = p.ancestor_id
union
select e.activity_id, g.working_group_code
from planning_activity_cpi_effective e
join planning_cpi_source_group g on g.cpi_source_code = e.cpi_source_code;

select audit_table('planning_working_group');
select audit_table('planning_cpi_source');
select audit_table('planning_cpi_source_group');
select audit_table('planning_source');
select audit_table('planning_item');
select audit_table('planning_item_cpi_target');
select audit_table('planning_item_working_group');
select audit_table('planning_activity');
select audit_table('planning_activity_agency');
select audit_table('planning_activity_cpi_target');
select audit_table('planning_activity_working_group');
select audit_table('planning_kpi');
select audit_table('planning_kpi_definition');
