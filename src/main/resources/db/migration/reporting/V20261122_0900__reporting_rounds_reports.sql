-- Reporting rounds, the expected report of every assignment (activity × agency) in a round, report
-- content, versions, review comments, evidence and the reminder outbox.
--
-- Reports keep a snapshot of how their activity and agency were classified when the round opened
-- (source, working groups, agency type, province, parent): the module may not join other modules'
-- tables, and a round's statistics should describe the round as it was assigned.

create table reporting_round (
    id           bigserial primary key,
    fiscal_year  int     not null check (fiscal_year between 2500 and 2700),
    kind         text    not null,          -- M3, M6, M9, M12 or CUSTOM
    title_th     text    not null,
    period_start date    not null,
    period_end   date    not null,
    due_date     date    not null,
    status       text    not null default 'OPEN',
    published    boolean not null default false,
    opened_by    text    not null,
    opened_at    timestamptz not null default now(),
    closed_at    timestamptz,
    version      int     not null default 0,
    constraint reporting_round_period check (period_end >= period_start)
);
create unique index reporting_round_unique_kind on reporting_round (fiscal_year, kind) where kind <> 'CUSTOM';

create table reporting_report (
    id                bigserial primary key,
    round_id          bigint  not null references reporting_round (id),
    activity_id       bigint  not null,
    agency_id         bigint  not null,
    agency_role       text    not null,
    -- classification snapshot (see header)
    activity_code     text,
    source_code       text,
    working_groups    text[]  not null default '{}',
    cpi_sources       text[]  not null default '{}',
    agency_type       text,
    province_code     text,
    parent_agency_id  bigint,
    -- workflow
    state             text    not null default 'EXPECTED',
    -- content
    progress_status   text,
    narrative         text,
    problems          text,
    suggestions       text,
    budget_allocated  numeric(18, 2),
    budget_disbursed  numeric(18, 2),
    links             text[]  not null default '{}',
    warning_reasons   jsonb   not null default '{}',
    revision          int     not null default 0,
    first_submitted_at timestamptz,
    submitted_at      timestamptz,
    submitted_by      text,
    approved_at       timestamptz,
    approved_by       text,
    accepted_at       timestamptz,
    accepted_by       text,
    returned_at       timestamptz,
    returned_by       text,
    return_reason     text,
    updated_at        timestamptz not null default now(),
    updated_by        text,
    version           int     not null default 0,
    constraint reporting_report_assignment unique (round_id, activity_id, agency_id),
    constraint reporting_report_budget_nonnegative check (coalesce(budget_allocated, 0) >= 0
        and coalesce(budget_disbursed, 0) >= 0)
);
create index reporting_report_round_state_idx on reporting_report (round_id, state);
create index reporting_report_agency_idx on reporting_report (agency_id, round_id);
create index reporting_report_activity_idx on reporting_report (activity_id, round_id);

create table reporting_report_kpi (
    report_id   bigint  not null references reporting_report (id) on delete cascade,
    kpi_id      bigint  not null,
    kpi_version int     not null,
    actual      numeric(20, 4),
    note        text,
    primary key (report_id, kpi_id)
);

create table reporting_report_version (
    id         bigserial primary key,
    report_id  bigint  not null references reporting_report (id),
    revision   int     not null,
    event      text    not null,   -- SAVED, SUBMITTED, APPROVED, ACCEPTED, RETURNED, REOPENED
    snapshot   jsonb   not null,
    reason     text,
    created_at timestamptz not null default now(),
    created_by text    not null,
    unique (report_id, revision, event)
);
create index reporting_report_version_report_idx on reporting_report_version (report_id, id);

create table reporting_review_comment (
    id         bigserial primary key,
    report_id  bigint  not null references reporting_report (id),
    revision   int     not null,
    field      text    not null,
    comment    text    not null,
    created_at timestamptz not null default now(),
    created_by text    not null
);
create index reporting_review_comment_report_idx on reporting_review_comment (report_id, revision);

create table reporting_evidence (
    id            bigserial primary key,
    report_id     bigint  not null references reporting_report (id),
    file_id       text    not null,
    original_name text    not null,
    content_type  text    not null,
    size_bytes    bigint  not null,
    sha256        text    not null,
    uploaded_at   timestamptz not null default now(),
    uploaded_by   text    not null,
    removed_at    timestamptz,
    removed_by    text
);
create index reporting_evidence_report_idx on reporting_evidence (report_id);

create table reporting_outbox (
    id           bigserial primary key,
    kind         text    not null,          -- REMINDER_DUE, REMINDER_OVERDUE, RETURNED, ...
    round_id     bigint,
    agency_id    bigint,
    recipients   text[]  not null,
    subject      text    not null,
    body         text    not null,
    created_at   timestamptz not null default now(),
    dedupe_key   text    not null unique,
    sent_at      timestamptz,
    last_error   text
);
create index reporting_outbox_unsent_idx on reporting_outbox (created_at) where sent_at is null;

select audit_table('reporting_round');
select audit_table('reporting_report');
select audit_table('reporting_report_kpi');
select audit_table('reporting_report_version', 'snapshot');
select audit_table('reporting_review_comment');
select audit_table('reporting_evidence');
select audit_table('reporting_outbox');
