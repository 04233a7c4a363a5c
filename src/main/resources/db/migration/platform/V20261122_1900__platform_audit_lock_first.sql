-- Take the audit chain's lock before a statement touches any row, not after.
--
-- audit_append() holds a transaction-scoped advisory lock until commit. When it was first taken inside
-- the AFTER ROW trigger, a transaction could already hold a row lock while waiting for it, and the
-- transaction holding it could be waiting for that row: a deadlock (seen between a report save and the
-- expected reports added for a new assignment). With the lock taken BEFORE each writing statement, every
-- transaction that holds row locks from writes also holds the audit lock, so the two can no longer wait
-- on each other.

create function audit_lock_first()
    returns trigger
    language plpgsql
as $$
begin
    perform pg_advisory_xact_lock(726100100);
    return null;
end;
$$;

create or replace function audit_table(p_table text, variadic p_excluded text[] default '{}')
    returns void
    language plpgsql
as $$
begin
    execute format('create trigger %I before insert or update or delete on %I for each statement execute function audit_lock_first()',
                   p_table || '_audit_lock', p_table);
    execute format('create trigger %I after insert or update or delete on %I for each row execute function audit_row_change(%s)',
                   p_table || '_audit', p_table,
                   coalesce((select string_agg(quote_literal(c), ',') from unnest(p_excluded) c), ''));
end;
$$;

do $$
declare
    v_table text;
begin
    for v_table in
        select c.relname
        from pg_trigger t
        join pg_class c on c.oid = t.tgrelid
        join pg_proc p on p.oid = t.tgfoid
        where p.proname = 'audit_row_change' and not t.tgisinternal
    loop
        execute format('create trigger %I before insert or update or delete on %I for each statement execute function audit_lock_first()',
                       v_table || '_audit_lock', v_table);
    end loop;
end;
$$;
