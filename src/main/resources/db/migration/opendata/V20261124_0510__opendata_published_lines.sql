-- What the public sees of a budget document: its table as it was when last published (the open-data CSV's
-- rows), kept apart from the working lines, which the officer may correct again after publishing. The
-- public budget explorer and its downloads read only these. `row_values` holds the published row in the
-- CSV's column order; the classification and amount are copied out to be summed and compared.
create table opendata_published_line (
    id           bigserial primary key,
    document_id  bigint        not null references opendata_document (id) on delete cascade,
    line_no      int           not null,
    plan_code    text,
    plan_name    text,
    group_code   text,
    group_name   text,
    item         text,
    amount       numeric(16, 2) not null,
    row_values   jsonb         not null,
    unique (document_id, line_no)
);
select audit_table('opendata_published_line', 'row_values');
