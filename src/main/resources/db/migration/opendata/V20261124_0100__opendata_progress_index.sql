-- Progress tracking reads every LAO's document of one fiscal year and type at once
-- (opendata.progress.ProgressRepository): an index on exactly that, so the read stays one index scan
-- however many years and types accumulate. No new table, so no audit trigger.
create index opendata_document_year_type on opendata_document (fiscal_year, document_type);
