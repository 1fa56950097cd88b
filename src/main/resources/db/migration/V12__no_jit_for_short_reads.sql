-- JIT compilation pays for queries that run for seconds; this database answers many small ones,
-- whose cost estimates still pass jit_above_cost once a recursive region lookup is in them. On a
-- million strikes, 20 villages' totals took 3 ms to run and 85 ms to compile. Off for every session
-- on this database (the owner may set this; a superuser is not needed).
-- Where the migrating role does not own the database, the setting is left to the operator
-- (ALTER DATABASE ... SET jit = off) rather than failing the migration.
do $$ begin
    execute format('alter database %I set jit = off', current_database());
exception when insufficient_privilege then
    raise notice 'jit left as it is: % does not own the database', current_user;
end $$;
