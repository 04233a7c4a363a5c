-- Open budget data: local governments' budget documents, their lines as read from the uploaded file
-- (provenance kept), the DLA code lists the lines are checked against, and each LAO's remembered
-- column mapping. Agencies and files belong to other modules: referred to by id only, no foreign key.

-- Code lists (reference data an administrator edits). "code" is the stable short English key that
-- becomes part of the code's URI in the published files; never reuse a key for another meaning.
create table opendata_code (
    id         bigserial primary key,
    list       text    not null check (list in ('SIDE', 'PLAN', 'BUDGET_GROUP', 'CATEGORY')),
    code       text    not null check (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    name_th    text    not null,
    name_en    text    not null,
    parent     text,                              -- PLAN: its SIDE; CATEGORY: its BUDGET_GROUP
    dla_code   text,                              -- the code DLA prints, where known
    sort_order int     not null default 0,
    active     boolean not null default true,
    version    int     not null default 0,
    updated_at timestamptz not null default now(),
    unique (list, code)
);
select audit_table('opendata_code');

-- One budget document of one local government (LAO) per fiscal year and document type; a new upload
-- replaces its lines. out_of_date: changed since it was published.
create table opendata_document (
    id            bigserial primary key,
    agency_id     bigint  not null,
    lao_code      text    not null check (lao_code ~ '^[0-9]{7}$'),
    lao_name_th   text    not null,
    fiscal_year   int     not null check (fiscal_year between 2500 and 2700),
    document_type text    not null,
    state         text    not null check (state in ('UPLOADED', 'INVALID', 'VALID', 'PUBLISHED')),
    out_of_date   boolean not null default false,
    file_id       text,
    file_name     text,
    file_type     text,
    layout        text,                           -- null: the file waits for its column mapping
    parse_notes   jsonb   not null default '[]',  -- problems the parser reported while reading
    error_count   int     not null default 0,
    uploaded_at   timestamptz not null default now(),
    uploaded_by   text    not null,
    validated_at  timestamptz,
    published_at  timestamptz,
    version       int     not null default 0,
    unique (agency_id, fiscal_year, document_type)
);
select audit_table('opendata_document');

-- A line as printed/typed (text) plus the amount read from it; the code-list keys are resolved when the
-- document is checked and published, so an officer's fix of a name takes effect at once.
create table opendata_line (
    id            bigserial primary key,
    document_id   bigint  not null references opendata_document (id) on delete cascade,
    ordinal       int     not null,
    kind          text    not null check (kind in ('LINE', 'HEADING', 'PLAN_TOTAL', 'GROUP_TOTAL', 'GRAND_TOTAL')),
    fiscal_year   text,
    lao_code      text,
    side          text,
    plan          text,
    work          text,
    budget_group  text,
    category      text,
    expense_type  text,
    expense_code  text,
    item          text,
    amount_text   text,
    amount        numeric(16, 2),
    sheet         text,
    source_row    int,
    source_page   int,
    source_text   text,
    version       int     not null default 0,
    unique (document_id, ordinal)
);
select audit_table('opendata_line', 'source_text');

-- The column mapping an LAO used last time for a file that was not the template: field key → header.
create table opendata_column_mapping (
    agency_id  bigint primary key,
    mapping    jsonb  not null,
    version    int    not null default 0,
    updated_at timestamptz not null default now()
);
select audit_table('opendata_column_mapping');

-- DLA's classification (รูปแบบงบประมาณรายจ่ายขององค์กรปกครองส่วนท้องถิ่น).
insert into opendata_code (list, code, name_th, name_en, parent, dla_code, sort_order) values
('SIDE', 'general-administration', 'ด้านบริหารทั่วไป', 'General administration', null, '00100', 1),
('SIDE', 'community-social-services', 'ด้านบริการชุมชนและสังคม', 'Community and social services', null, '00200', 2),
('SIDE', 'economy', 'ด้านการเศรษฐกิจ', 'Economic affairs', null, '00300', 3),
('SIDE', 'other-operations', 'ด้านการดำเนินงานอื่น', 'Other operations', null, '00400', 4),
('PLAN', 'general-administration', 'แผนงานบริหารงานทั่วไป', 'General administration', 'general-administration', '00110', 1),
('PLAN', 'internal-security', 'แผนงานการรักษาความสงบภายใน', 'Internal security', 'general-administration', '00120', 2),
('PLAN', 'education', 'แผนงานการศึกษา', 'Education', 'community-social-services', '00210', 3),
('PLAN', 'public-health', 'แผนงานสาธารณสุข', 'Public health', 'community-social-services', '00220', 4),
('PLAN', 'social-welfare', 'แผนงานสังคมสงเคราะห์', 'Social welfare', 'community-social-services', '00230', 5),
('PLAN', 'housing-community', 'แผนงานเคหะและชุมชน', 'Housing and community', 'community-social-services', '00240', 6),
('PLAN', 'community-strengthening', 'แผนงานสร้างความเข้มแข็งของชุมชน', 'Community strengthening', 'community-social-services', '00250', 7),
('PLAN', 'religion-culture-recreation', 'แผนงานการศาสนาวัฒนธรรมและนันทนาการ', 'Religion, culture and recreation', 'community-social-services', '00260', 8),
('PLAN', 'industry-public-works', 'แผนงานอุตสาหกรรมและการโยธา', 'Industry and public works', 'economy', '00310', 9),
('PLAN', 'agriculture', 'แผนงานการเกษตร', 'Agriculture', 'economy', '00320', 10),
('PLAN', 'commerce', 'แผนงานการพาณิชย์', 'Commerce', 'economy', '00330', 11),
('PLAN', 'central-fund', 'แผนงานงบกลาง', 'Central fund', 'other-operations', '00410', 12),
('BUDGET_GROUP', 'central-fund', 'งบกลาง', 'Central fund', null, null, 1),
('BUDGET_GROUP', 'personnel', 'งบบุคลากร', 'Personnel', null, null, 2),
('BUDGET_GROUP', 'operations', 'งบดำเนินงาน', 'Operations', null, null, 3),
('BUDGET_GROUP', 'investment', 'งบลงทุน', 'Investment', null, null, 4),
('BUDGET_GROUP', 'subsidies', 'งบเงินอุดหนุน', 'Subsidies', null, null, 5),
('BUDGET_GROUP', 'other-expenditure', 'งบรายจ่ายอื่น', 'Other expenditure', null, null, 6),
('CATEGORY', 'central-fund', 'งบกลาง', 'Central fund', 'central-fund', null, 1),
('CATEGORY', 'salaries-political', 'เงินเดือน (ฝ่ายการเมือง)', 'Salaries (elected officials)', 'personnel', null, 2),
('CATEGORY', 'salaries-staff', 'เงินเดือน (ฝ่ายประจำ)', 'Salaries (staff)', 'personnel', null, 3),
('CATEGORY', 'remuneration', 'ค่าตอบแทน', 'Remuneration', 'operations', null, 4),
('CATEGORY', 'services', 'ค่าใช้สอย', 'Services and expenses', 'operations', null, 5),
('CATEGORY', 'materials', 'ค่าวัสดุ', 'Materials', 'operations', null, 6),
('CATEGORY', 'utilities', 'ค่าสาธารณูปโภค', 'Utilities', 'operations', null, 7),
('CATEGORY', 'equipment', 'ค่าครุภัณฑ์', 'Equipment', 'investment', null, 8),
('CATEGORY', 'land-buildings', 'ค่าที่ดินและสิ่งก่อสร้าง', 'Land and buildings', 'investment', null, 9),
('CATEGORY', 'subsidies', 'เงินอุดหนุน', 'Subsidies', 'subsidies', null, 10),
('CATEGORY', 'other-expenditure', 'รายจ่ายอื่น', 'Other expenditure', 'other-expenditure', null, 11);
