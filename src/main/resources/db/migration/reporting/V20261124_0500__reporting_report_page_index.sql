-- Report lists are pages of a round in (source, activity, agency) order. With the id as the last key the
-- page's ids come from the index alone (index-only scan), and the rows are read only for the page:
-- page 400 of a 25,000-report round no longer reads and sorts the whole round.
create index reporting_report_page_idx on reporting_report (round_id, source_code, activity_code, agency_id, id);
drop index reporting_report_list_idx;
