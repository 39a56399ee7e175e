-- The reading table, in whichever layout the server supports. With the timescaledb extension
-- (preloaded) it is a hypertable; otherwise a table range-partitioned by day, whose partitions
-- the cloud creates ahead and drops for retention. Compression, retention policies and
-- continuous aggregates are added by TimescaleStorage at startup: they cannot run inside a
-- migration transaction.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb')
     AND current_setting('shared_preload_libraries', true) LIKE '%timescaledb%' THEN
    CREATE EXTENSION IF NOT EXISTS timescaledb;
    CREATE TABLE reading (
        ts        timestamptz NOT NULL,
        site_id   text NOT NULL,
        device_id text NOT NULL,
        sensor_id text NOT NULL,
        kind      text NOT NULL,
        value     double precision NOT NULL
    );
    PERFORM create_hypertable('reading', 'ts', chunk_time_interval => interval '1 day');
  ELSE
    CREATE TABLE reading (
        ts        timestamptz NOT NULL,
        site_id   text NOT NULL,
        device_id text NOT NULL,
        sensor_id text NOT NULL,
        kind      text NOT NULL,
        value     double precision NOT NULL
    ) PARTITION BY RANGE (ts);
  END IF;
  CREATE INDEX reading_site_sensor_ts ON reading (site_id, sensor_id, kind, ts);
END
$$;
