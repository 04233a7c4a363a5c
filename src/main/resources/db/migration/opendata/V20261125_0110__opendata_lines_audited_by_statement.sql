-- A budget's lines are stored, replaced and published hundreds at a time: one audit entry per statement
-- holding every line's image instead of one chained entry per line (see V20261125_0100).
drop trigger opendata_line_audit on opendata_line;
select audit_table_by_statement('opendata_line', 'source_text');

drop trigger opendata_published_line_audit on opendata_published_line;
select audit_table_by_statement('opendata_published_line', 'row_values');
