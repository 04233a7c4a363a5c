-- The outbox moves from reporting to the platform: open budget data's reminders to local governments use it
-- too, as later modules will. Rows, their audit trigger and their history stay; the reporting round a
-- reminder was about becomes a topic any module can name ('reporting.round:12', 'opendata.progress:2569:ORDINANCE').
alter table reporting_outbox rename to platform_outbox;
alter sequence reporting_outbox_id_seq rename to platform_outbox_id_seq;
alter index reporting_outbox_pkey rename to platform_outbox_pkey;
alter index reporting_outbox_dedupe_key_key rename to platform_outbox_dedupe_key_key;
alter index reporting_outbox_unsent_idx rename to platform_outbox_unsent_idx;
alter trigger reporting_outbox_audit on platform_outbox rename to platform_outbox_audit;
alter table platform_outbox alter column round_id type text
    using case when round_id is null then null else 'reporting.round:' || round_id end;
alter table platform_outbox rename column round_id to topic;
create index platform_outbox_kind_idx on platform_outbox (kind, id);
