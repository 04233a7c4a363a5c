-- Keep report rows small (docs/PERFORMANCE.md). A narrative of a few KB stayed inline after compression,
-- so every count behind the dashboards and report lists read about 2 KB per report: 94 MB for 50,000
-- reports, more than PostgreSQL keeps cached for a sequential scan, read again on every dashboard view.
-- Rows longer than 256 bytes now move their long text to the TOAST table (one more index lookup when a
-- report is opened). Rows written before this migration move when they are next updated.
alter table reporting_report set (toast_tuple_target = 256);

-- The report list's order within a round: a page is read in index order instead of sorting the round.
create index reporting_report_list_idx on reporting_report (round_id, source_code, activity_code, agency_id);
