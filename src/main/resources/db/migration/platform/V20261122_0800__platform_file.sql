-- Uploaded evidence and documents (platform.files.FileStore). The bytes live on disk under
-- sujarit.files.root at storage_path ({yyyy}/{mm}/{id}); this table holds what was checked about them.

create table platform_file (
    id            uuid primary key,
    original_name text        not null,              -- cleaned: NFC, no path, no control characters
    content_type  text        not null,              -- detected from the content, not the name
    kind          text        not null,              -- FileKind
    size          bigint      not null check (size > 0),
    sha256        text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storage_path  text        not null unique,
    stored_at     timestamptz not null,
    stored_by     text        not null
);
create index platform_file_sha256_idx on platform_file (sha256);

select audit_table('platform_file');
