-- Ingestion bookkeeping. Telemetry and events share the device's one sequence counter.

-- Every (device, seq) the cloud has stored: the dedupe key. INSERT .. ON CONFLICT DO NOTHING
-- tells the writer which messages of a micro-batch are new, inside the same transaction.
CREATE TABLE ingested_seq (
    device_id   text NOT NULL,
    seq         bigint NOT NULL,
    ingested_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, seq)
);

-- Highest sequence seen per device, to detect gaps cheaply.
CREATE TABLE device_seq_mark (
    device_id text PRIMARY KEY,
    high_seq  bigint NOT NULL
);

-- Sequence ranges never received: detected by the cloud, or reported by the edge (GAP event).
CREATE TABLE telemetry_gap (
    gap_id      bigserial PRIMARY KEY,
    site_id     text NOT NULL,
    device_id   text NOT NULL,
    from_seq    bigint NOT NULL,
    to_seq      bigint NOT NULL,
    source      text NOT NULL CHECK (source IN ('cloud', 'edge')),
    detected_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX telemetry_gap_device ON telemetry_gap (device_id, detected_at);

CREATE TABLE device_event (
    site_id    text NOT NULL,
    device_id  text NOT NULL,
    seq        bigint NOT NULL,
    ts         timestamptz NOT NULL,
    type       text NOT NULL,
    source     text NOT NULL,
    state      text NOT NULL,
    detail     jsonb NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (device_id, seq)
);
CREATE INDEX device_event_site_ts ON device_event (site_id, ts DESC);

-- The newest value of every sensor and kind (a BME280 reports three kinds under one id), so "latest per site" never scans the reading table.
CREATE TABLE reading_latest (
    site_id   text NOT NULL,
    device_id text NOT NULL,
    sensor_id text NOT NULL,
    kind      text NOT NULL,
    unit      text NOT NULL,
    ts        timestamptz NOT NULL,
    value     double precision NOT NULL,
    PRIMARY KEY (site_id, device_id, sensor_id, kind)
);
