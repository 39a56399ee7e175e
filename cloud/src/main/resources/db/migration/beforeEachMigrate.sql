-- Flyway runs this before every migration, on the migration's connection. TimescaleDB's functions
-- live in the schema where CREATE EXTENSION put it (often public), while Flyway points the
-- search path at the application's schema only; V2_3 calls create_hypertable unqualified and has
-- been applied by deployed databases, so its checksum must stay. Appending the extension's schema
-- to the search path lets V2_3 resolve on a fresh database whose extension already lives
-- elsewhere; later migrations and TimescaleStorage qualify their calls explicitly. Without the
-- extension this does nothing.
DO $$
DECLARE
  ext_schema text;
BEGIN
  SELECT n.nspname INTO ext_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
   WHERE e.extname = 'timescaledb';
  IF ext_schema IS NOT NULL AND NOT (ext_schema::name = ANY (current_schemas(false))) THEN
    PERFORM set_config('search_path',
                       current_setting('search_path') || ', ' || quote_ident(ext_schema), false);
  END IF;
END
$$;
