-- Publishing targets and per-dataset leases. See docs/design/opendata-publish.md.

-- Sujarit's own catalogue is a publication target too: its publications have no portal.
alter table opendata_publication alter column portal_id drop not null;

-- The key of the publish request (one press of the Publish button): a repeated request with the same key
-- answers with the publications already made instead of publishing again.
alter table opendata_publication add column request_key text;
create index opendata_publication_request on opendata_publication (request_key) where request_key is not null;

-- Who is publishing a dataset right now. A publication takes its dataset's lease in a short transaction
-- of its own (insert ... on conflict: the row exists while someone publishes), talks to the portals with
-- no transaction or connection held, renews the lease between steps and deletes it at the end. A node
-- that dies leaves a lease that expires; no two nodes ever publish one dataset at once.
create table opendata_publish_lease (
    dataset_key text        primary key,   -- the dataset's slug
    owner       text        not null,      -- a random id of the attempt holding it
    holder      text        not null,      -- who started it (user name or process)
    acquired_at timestamptz not null default now(),
    expires_at  timestamptz not null
);

select audit_table('opendata_publish_lease');
