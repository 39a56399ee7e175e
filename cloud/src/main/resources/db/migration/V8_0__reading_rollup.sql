-- A 1-minute rollup of readings for the plain-PostgreSQL layout, so chart queries over long ranges
-- read one row per minute instead of every raw reading (a 30-day chart at 1-minute buckets took
-- p95 423 ms from raw rows, docs/BENCHMARKS.md). The ingest writer upserts it in the same
-- transaction as the COPY, from the batches that passed the (device, seq) dedupe only, so a
-- redelivered batch is never counted twice and a rolled-back write leaves no trace. Keyed like the
-- chart query (site, sensor, kind): devices are not part of a chart's series.
-- With TimescaleDB the continuous aggregates reading_1m / reading_1h serve instead and this table
-- stays empty.
CREATE TABLE reading_rollup_1m (
    site_id    text NOT NULL,
    sensor_id  text NOT NULL,
    kind       text NOT NULL,
    bucket     timestamptz NOT NULL,
    n          bigint NOT NULL,
    sum        double precision NOT NULL,
    min        double precision NOT NULL,
    max        double precision NOT NULL,
    -- "last" needs the time of the newest reading, so that a late arrival cannot replace it.
    last_ts    timestamptz NOT NULL,
    last_value double precision NOT NULL,
    PRIMARY KEY (site_id, sensor_id, kind, bucket)
);

-- Readings stored before this migration.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN
    INSERT INTO reading_rollup_1m
    SELECT site_id, sensor_id, kind,
           date_bin('60 seconds', ts, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS bucket,
           count(*), sum(value), min(value), max(value), max(ts),
           (array_agg(value ORDER BY ts DESC))[1]
      FROM reading
     GROUP BY site_id, sensor_id, kind, bucket;
  END IF;
END
$$;
