-- Append-only, hash-chained audit log. Every business table gets the audit_row_change trigger
-- (see audit_table below); AuditLogCoverageIntegrationTests fails when a table lacks it.

create table audit_log (
    seq         bigint primary key,
    occurred_at timestamptz not null,
    actor       text        not null,
    action      text        not null,
    entity      text        not null,
    entity_id   text,
    before      jsonb,
    after       jsonb,
    prev_hash   text        not null,
    hash        text        not null
);

create index audit_log_entity_idx on audit_log (entity, entity_id);
create index audit_log_actor_idx on audit_log (actor, seq);

-- The exact text that is hashed. One definition, used when appending and when verifying.
create function audit_canonical(p_seq bigint, p_at timestamptz, p_actor text, p_action text, p_entity text,
                                p_entity_id text, p_before jsonb, p_after jsonb, p_prev_hash text)
    returns text
    language sql
    immutable
as $$
select concat_ws('|', p_seq::text,
                 to_char(p_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                 p_actor, p_action, p_entity, coalesce(p_entity_id, ''),
                 coalesce(p_before::text, ''), coalesce(p_after::text, ''), p_prev_hash)
$$;

create function audit_append(p_action text, p_entity text, p_entity_id text, p_before jsonb, p_after jsonb)
    returns bigint
    language plpgsql
as $$
declare
    v_seq       bigint;
    v_prev_hash text;
    v_at        timestamptz := clock_timestamp();
    v_actor     text        := coalesce(nullif(current_setting('sujarit.actor', true), ''), 'system');
begin
    -- one writer at a time extends the chain; held until the writing transaction ends
    perform pg_advisory_xact_lock(726100100);
    select seq, hash into v_seq, v_prev_hash from audit_log order by seq desc limit 1;
    v_seq := coalesce(v_seq, 0) + 1;
    v_prev_hash := coalesce(v_prev_hash, repeat('0', 64));
    insert into audit_log (seq, occurred_at, actor, action, entity, entity_id, before, after, prev_hash, hash)
    values (v_seq, v_at, v_actor, p_action, p_entity, p_entity_id, p_before, p_after, v_prev_hash,
            encode(sha256(convert_to(audit_canonical(v_seq, v_at, v_actor, p_action, p_entity, p_entity_id,
                                                     p_before, p_after, v_prev_hash), 'UTF8')), 'hex'));
    return v_seq;
end;
$$;

-- Trigger arguments name columns left out of the logged images (large or derived values).
create function audit_row_change()
    returns trigger
    language plpgsql
as $$
declare
    v_before jsonb;
    v_after  jsonb;
    v_id     text;
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
    v_id := coalesce(v_after ->> 'id', v_before ->> 'id');
    perform audit_append(tg_op, tg_table_name, v_id, v_before, v_after);
    return coalesce(new, old);
end;
$$;

create function audit_log_is_append_only()
    returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_log is append-only' using errcode = 'P0001';
end;
$$;

create trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function audit_log_is_append_only();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_is_append_only();

-- Attach the audit trigger to a business table: select audit_table('reporting_report', 'search_text');
create function audit_table(p_table text, variadic p_excluded text[] default '{}')
    returns void
    language plpgsql
as $$
begin
    execute format('create trigger %I after insert or update or delete on %I for each row execute function audit_row_change(%s)',
                   p_table || '_audit', p_table,
                   coalesce((select string_agg(quote_literal(c), ',') from unnest(p_excluded) c), ''));
end;
$$;
