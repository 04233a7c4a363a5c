-- The dashboard counts a whole round (by state, on time, overdue) grouped by one classification. Read from
-- the table, every report's row was visited and its working groups array detoasted (the report rows carry
-- the narratives): 300–600 ms per count at 25,000 reports a round, about a quarter of the database's time
-- in the load test. This index holds every column the counts read, so they come from the index alone
-- (an index-only scan: ~40 ms). None of these columns changes when a draft is saved, so saves stay HOT
-- updates.
create index reporting_report_counts_idx on reporting_report (round_id)
    include (state, first_submitted_at, source_code, agency_type, province_code, parent_agency_id, working_groups);
