-- Extend the audit chain when a transaction commits, not when it first writes.
--
-- The chain is one sequence of hashes, so only one transaction at a time may extend it (an advisory lock
-- held until commit). Until now the lock was taken before a transaction's first audited statement
-- (V20261122_1900) and held through all its work, so concurrent writers queued behind each other for
-- the whole of each other's transactions, each waiting writer holding a pooled connection: the load
-- test's saves spent most of their time waiting for the lock, and when enough of them waited, every
-- other request waited for a connection.
--
-- Now each audited row change (and each event recorded by the application) is first staged in
-- audit_pending, inside the changing transaction. A deferred constraint trigger moves the transaction's
-- staged entries into the chain at commit: the lock is held only from then to the end of the commit.
-- A transaction holding the lock no longer waits for any row lock, so there is no deadlock between the
-- lock and row locks (the reason for V20261122_1900), and the chain stays gapless and in commit order.
-- Staged entries are never visible to other transactions and never outlive their own: rolled back with
-- it, or moved at its commit. The table is unlogged because nothing in it survives a commit.

create unlogged table audit_pending (
    id          bigserial   primary key,
    xact        xid8        not null default pg_current_xact_id(),
    occurred_at timestamptz not null,
    actor       text        not null,
    action      text        not null,
    entity      text        not null,
    entity_id   text,
    before      jsonb,
    after       jsonb
);
-- a transaction moves only its own entries, found through this index rather than by scanning the
-- table's dead rows left by every earlier transaction (until vacuum removes them)
create index audit_pending_xact_idx on audit_pending (xact);

-- Appends one entry to the chain with the time and actor it was staged with.
create function audit_chain(p_at timestamptz, p_actor text, p_action text, p_entity text, p_entity_id text,
                            p_before jsonb, p_after jsonb)
    returns bigint
    language plpgsql
as $$
declare
    v_seq       bigint;
    v_prev_hash text;
begin
    perform pg_advisory_xact_lock(726100100);
    select seq, hash into v_seq, v_prev_hash from audit_log order by seq desc limit 1;
    v_seq := coalesce(v_seq, 0) + 1;
    v_prev_hash := coalesce(v_prev_hash, repeat('0', 64));
    insert into audit_log (seq, occurred_at, actor, action, entity, entity_id, before, after, prev_hash, hash)
    values (v_seq, p_at, p_actor, p_action, p_entity, p_entity_id, p_before, p_after, v_prev_hash,
            encode(sha256(convert_to(audit_canonical(v_seq, p_at, p_actor, p_action, p_entity, p_entity_id,
                                                     p_before, p_after, v_prev_hash), 'UTF8')), 'hex'));
    return v_seq;
end;
$$;

-- Kept for callers that need the entry's number at once (it takes the lock until commit).
create or replace function audit_append(p_action text, p_entity text, p_entity_id text, p_before jsonb, p_after jsonb)
    returns bigint
    language sql
as $$
select audit_chain(clock_timestamp(), coalesce(nullif(current_setting('sujarit.actor', true), ''), 'system'),
                   p_action, p_entity, p_entity_id, p_before, p_after)
$$;

-- Stages an entry of the current transaction; it joins the chain when the transaction commits.
create function audit_stage(p_action text, p_entity text, p_entity_id text, p_before jsonb, p_after jsonb)
    returns void
    language sql
as $$
insert into audit_pending (occurred_at, actor, action, entity, entity_id, before, after)
values (clock_timestamp(), coalesce(nullif(current_setting('sujarit.actor', true), ''), 'system'),
        p_action, p_entity, p_entity_id, p_before, p_after)
$$;

-- Fires at commit once per staged entry; the first firing moves all of the transaction's staged
-- entries in the order they were staged, the others find theirs already moved.
create function audit_flush_pending()
    returns trigger
    language plpgsql
as $$
declare
    v_entry audit_pending%rowtype;
begin
    if new.id <= coalesce(nullif(current_setting('sujarit.audit_flushed', true), '')::bigint, 0) then
        return null;
    end if;
    for v_entry in
        with moved as (delete from audit_pending where xact = pg_current_xact_id() returning *)
        select * from moved order by id
    loop
        perform audit_chain(v_entry.occurred_at, v_entry.actor, v_entry.action, v_entry.entity,
                            v_entry.entity_id, v_entry.before, v_entry.after);
        perform set_config('sujarit.audit_flushed', v_entry.id::text, true);
    end loop;
    return null;
end;
$$;

create constraint trigger audit_pending_flush
    after insert on audit_pending
    deferrable initially deferred
    for each row execute function audit_flush_pending();

create or replace function audit_row_change()
    returns trigger
    language plpgsql
as $$
declare
    v_before jsonb;
    v_after  jsonb;
    v_column text;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        v_before := to_jsonb(old);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        v_after := to_jsonb(new);
    end if;
    if tg_nargs > 0 then
        foreach v_column in array tg_argv loop
            v_before := v_before - v_column;
            v_after := v_after - v_column;
        end loop;
    end if;
    if tg_op = 'UPDATE' and v_before = v_after then
        return new;
    end if;
    perform audit_stage(tg_op, tg_table_name, coalesce(v_after ->> 'id', v_before ->> 'id'), v_before, v_after);
    return coalesce(new, old);
end;
$$;

-- The statement-level lock triggers of V20261122_1900 are no longer needed.
do $$
declare
    v_trigger record;
begin
    for v_trigger in
        select t.tgname, c.relname
        from pg_trigger t
        join pg_class c on c.oid = t.tgrelid
        join pg_proc p on p.oid = t.tgfoid
        where p.proname = 'audit_lock_first' and not t.tgisinternal
    loop
        execute format('drop trigger %I on %I', v_trigger.tgname, v_trigger.relname);
    end loop;
end;
$$;
drop function audit_lock_first();

create or replace function audit_table(p_table text, variadic p_excluded text[] default '{}')
    returns void
    language plpgsql
as $$
begin
    execute format('create trigger %I after insert or update or delete on %I for each row execute function audit_row_change(%s)',
                   p_table || '_audit', p_table,
                   coalesce((select string_agg(quote_literal(c), ',') from unnest(p_excluded) c), ''));
end;
$$;
