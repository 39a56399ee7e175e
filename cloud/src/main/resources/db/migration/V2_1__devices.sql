-- The device registry. The credential itself lives in mqtt_principal (broker contract, V1_0);
-- this table holds what the cloud knows about the box.

CREATE TABLE device (
    device_id      text PRIMARY KEY CHECK (device_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    site_id        text NOT NULL REFERENCES site (site_id),
    hardware_id    text,
    agent_version  text,
    provisioned_at timestamptz NOT NULL DEFAULT now(),
    revoked_at     timestamptz
);
CREATE INDEX device_site ON device (site_id);

-- Connection state: from the retained status topic (birth / Last Will), heartbeats and the
-- heartbeat timeout job.
CREATE TABLE device_status (
    -- No foreign key: status may arrive for a principal before or without a device row.
    device_id    text PRIMARY KEY,
    site_id      text NOT NULL,
    online       boolean NOT NULL,
    last_seen    timestamptz NOT NULL,
    changed_at   timestamptz NOT NULL,
    health       jsonb
);
