-- Delivery attempts per outbox message: a message the mail server keeps refusing is tried a few times,
-- then left in the outbox with its last error for the coordinator to see, instead of every minute forever.
alter table reporting_outbox add column attempts int not null default 0 check (attempts >= 0);
