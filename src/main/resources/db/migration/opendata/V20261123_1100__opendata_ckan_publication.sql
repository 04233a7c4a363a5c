-- Publication of budget datasets to CKAN portals (data.go.th and agency catalogues) and the catalogue
-- Sujarit serves itself (CKAN-compatible read API, DCAT-AP). See docs/design/opendata-publish.md.

-- A CKAN portal Sujarit publishes to.
create table opendata_ckan_portal (
    id          bigserial primary key,
    name        text        not null unique,
    base_url    text        not null check (base_url ~ '^https?://'),
    license_id  text        not null,          -- the licence asked for; checked against the portal's choices
    enabled     boolean     not null default true,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     int         not null default 0
);

-- One local government's organisation on one portal and its API token. The token is AES-GCM encrypted
-- (key: sujarit.opendata.secret-key / SUJARIT_SECRET_KEY) and never written to the audit log.
create table opendata_ckan_credential (
    id               bigserial primary key,
    portal_id        bigint      not null references opendata_ckan_portal (id),
    agency_id        bigint      not null,   -- directory agency (no foreign key across modules)
    owner_org        text        not null check (owner_org ~ '^[a-z0-9_-]{2,100}$'),
    maintainer       text        not null,
    maintainer_email text        not null,
    token_cipher     text        not null,   -- base64(iv || ciphertext+tag)
    token_hint       text        not null,   -- last four characters, to tell tokens apart
    updated_by       text        not null,
    updated_at       timestamptz not null default now(),
    version          int         not null default 0,
    unique (portal_id, agency_id)
);

-- One attempt to publish one document's dataset to one portal: what was sent and what came back.
create table opendata_publication (
    id                 bigserial primary key,
    portal_id          bigint      not null references opendata_ckan_portal (id),
    document_id        bigint      not null,
    agency_id          bigint      not null,
    lao_code           text        not null,
    lao_name_th        text        not null,
    province_name_th   text,
    fiscal_year        int         not null,
    document_type      text        not null,
    slug               text        not null check (slug ~ '^[a-z0-9_-]{2,70}$'),
    title_th           text        not null,
    description_th     text        not null,
    owner_org          text        not null,
    fields             jsonb       not null default '{}',   -- the dataset fields sent to the portal
    status             text        not null check (status in ('PUBLISHED', 'FAILED')),
    portal_dataset_id  text,
    portal_dataset_url text,
    error_code         text,
    error_args         jsonb,
    error_detail       text,                 -- the portal's own error body, for administrators
    created_by         text        not null,
    created_at         timestamptz not null default now(),
    constraint opendata_publication_error check ((status = 'FAILED') = (error_code is not null))
);
create index opendata_publication_slug on opendata_publication (slug, created_at desc);
create index opendata_publication_document on opendata_publication (document_id, created_at desc);

-- The files of a publication: Sujarit's own copy (platform file) and where the portal keeps it.
create table opendata_publication_resource (
    id                 bigserial primary key,
    publication_id     bigint      not null references opendata_publication (id),
    position           int         not null,
    name               text        not null,
    format             text        not null,
    media_type         text        not null,
    is_primary         boolean     not null,
    file_id            uuid        not null,   -- platform_file id
    size               bigint      not null,
    sha256             text        not null,
    portal_resource_id text,
    portal_url         text,
    unique (publication_id, position)
);

select audit_table('opendata_ckan_portal');
select audit_table('opendata_ckan_credential', 'token_cipher');
select audit_table('opendata_publication', 'fields');
select audit_table('opendata_publication_resource');
