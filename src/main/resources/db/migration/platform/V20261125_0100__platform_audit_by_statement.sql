-- Tables whose rows are written hundreds at a time (a budget's lines) are audited once per statement.
--
-- A row-level audit trigger makes every row its own entry in the hash chain, and the chain is extended
-- one entry at a time, serially, at commit: a 400-line budget upload spent more time joining the chain
-- than storing its lines, and a national batch of 7,849 budgets (3.1 million lines) could not finish in
-- its 2 minutes. A statement-level trigger sees all rows the statement wrote (its transition tables) and
-- stages one entry holding every row's image, so nothing is left out of the trail: only the number of
-- chain links changes.
--
-- An entry of such a table has the same shape as a row-level one when the statement wrote exactly one
-- row (entity_id is that row's id, before/after its images), so one line's corrections read as before.
-- For several rows entity_id is null and before/after are JSON arrays of the rows' images, ordered by
-- id; an UPDATE lists only the rows it really changed (old and new at the same positions). The tables
-- must have an `id` column.

create function audit_statement_change()
    returns trigger
    language plpgsql
as $$
declare
    v_excluded text[] := coalesce(tg_argv::text[], '{}');
    v_count    bigint;
    v_id       text;
    v_before   jsonb;
    v_after    jsonb;
begin
    if tg_op = 'INSERT' then
        select count(*), min(r.id)::text, null, jsonb_agg(to_jsonb(r) - v_excluded order by r.id)
        into v_count, v_id, v_before, v_after
        from audit_new_rows r;
    elsif tg_op = 'DELETE' then
        select count(*), min(r.id)::text, jsonb_agg(to_jsonb(r) - v_excluded order by r.id), null
        into v_count, v_id, v_before, v_after
        from audit_old_rows r;
    else
        select count(*), min(c.id)::text, jsonb_agg(c.before order by c.id), jsonb_agg(c.after order by c.id)
        into v_count, v_id, v_before, v_after
        from (select o.id, to_jsonb(o) - v_excluded as before, to_jsonb(n) - v_excluded as after
              from audit_old_rows o
              join audit_new_rows n on n.id = o.id) c
        where c.before <> c.after;
    end if;
    if v_count = 0 then
        return null;
    end if;
    if v_count = 1 then
        perform audit_stage(tg_op, tg_table_name, v_id, v_before -> 0, v_after -> 0);
    else
        perform audit_stage(tg_op, tg_table_name, null, v_before, v_after);
    end if;
    return null;
end;
$$;

-- Attach the statement-level audit to a bulk table: select audit_table_by_statement('opendata_line', 'source_text');
-- (transition tables allow one event per trigger, hence three triggers)
create function audit_table_by_statement(p_table text, variadic p_excluded text[] default '{}')
    returns void
    language plpgsql
as $$
declare
    v_arguments text := coalesce((select string_agg(quote_literal(c), ',') from unnest(p_excluded) c), '');
begin
    execute format('create trigger %I after insert on %I referencing new table as audit_new_rows'
                   || ' for each statement execute function audit_statement_change(%s)',
                   p_table || '_audit_insert', p_table, v_arguments);
    execute format('create trigger %I after update on %I referencing old table as audit_old_rows new table as audit_new_rows'
                   || ' for each statement execute function audit_statement_change(%s)',
                   p_table || '_audit_update', p_table, v_arguments);
    execute format('create trigger %I after delete on %I referencing old table as audit_old_rows'
                   || ' for each statement execute function audit_statement_change(%s)',
                   p_table || '_audit_delete', p_table, v_arguments);
end;
$$;
