-- Media archive, snapshot-now requests, time-lapse jobs and live-view viewer leases (issue 7).

-- One row per archived camera frame; the JPEG itself lives in the MediaStore under storage_key.
CREATE TABLE media_snapshot (
    id            bigserial PRIMARY KEY,
    site_id       text NOT NULL,
    device_id     text NOT NULL,
    camera_id     text NOT NULL,
    taken_at      timestamptz NOT NULL,
    seq           bigint NOT NULL,
    reason        text NOT NULL CHECK (reason IN ('periodic', 'motion', 'event', 'request', 'daily')),
    width         integer NOT NULL,
    height        integer NOT NULL,
    motion_score  double precision NOT NULL,
    size_bytes    integer NOT NULL,
    sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key   text NOT NULL UNIQUE,
    received_at   timestamptz NOT NULL DEFAULT now(),
    -- An MQTT redelivery carries the same camera, time and sequence: archive it once.
    UNIQUE (site_id, device_id, camera_id, taken_at, seq)
);
CREATE INDEX media_snapshot_camera_time ON media_snapshot (site_id, camera_id, taken_at DESC);
CREATE INDEX media_snapshot_retention ON media_snapshot (reason, taken_at);

-- Snapshot-now: a snapshot command sent to a device. The device answers with a CommandResult
-- (accepted, or error/rejected) and then publishes a frame with reason "request"; the first such
-- frame after the request completes it (done). In the database, not in memory, so that any cloud
-- instance may receive the result or the frame and any instance may answer the poll.
CREATE TABLE media_snapshot_request (
    command_id    text PRIMARY KEY,
    site_id       text NOT NULL,
    device_id     text NOT NULL,
    camera_id     text NOT NULL,
    requested_by  text NOT NULL,
    requested_at  timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    status        text NOT NULL DEFAULT 'pending'
                  CHECK (status IN ('pending', 'accepted', 'done', 'error', 'rejected')),
    message       text,
    snapshot_id   bigint REFERENCES media_snapshot (id) ON DELETE SET NULL,
    completed_at  timestamptz
);
CREATE INDEX media_snapshot_request_open ON media_snapshot_request (site_id, device_id, camera_id)
    WHERE snapshot_id IS NULL;

-- Time-lapse render jobs, their progress and the stored MP4.
CREATE TABLE media_timelapse_job (
    id            uuid PRIMARY KEY,
    site_id       text NOT NULL,
    camera_id     text NOT NULL,
    from_date     date NOT NULL,
    to_date       date NOT NULL,
    reasons       text NOT NULL,
    fps           integer NOT NULL CHECK (fps BETWEEN 1 AND 60),
    status        text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    frames_total  integer NOT NULL DEFAULT 0,
    frames_done   integer NOT NULL DEFAULT 0,
    result_key    text,
    result_bytes  bigint,
    error         text,
    requested_by  text NOT NULL,
    created_at    timestamptz NOT NULL,
    finished_at   timestamptz,
    CHECK (from_date <= to_date)
);
CREATE INDEX media_timelapse_job_site ON media_timelapse_job (site_id, created_at DESC);

-- Live view: one lease per open viewer socket, renewed by the cloud instance holding the socket.
-- Counting unexpired leases counts viewers across all instances; a crashed instance's leases expire.
CREATE TABLE live_viewer_lease (
    viewer_id     text PRIMARY KEY,
    instance_id   text NOT NULL,
    site_id       text NOT NULL,
    device_id     text NOT NULL,
    camera_id     text NOT NULL,
    user_id       text NOT NULL,
    expires_at    timestamptz NOT NULL
);
CREATE INDEX live_viewer_lease_camera ON live_viewer_lease (site_id, device_id, camera_id, expires_at);
CREATE INDEX live_viewer_lease_instance ON live_viewer_lease (instance_id);

-- Until when a camera has been asked to stream; a conditional update elects the one instance
-- that sends the next stream_start, so N instances do not send N commands.
CREATE TABLE live_stream_demand (
    site_id          text NOT NULL,
    device_id        text NOT NULL,
    camera_id        text NOT NULL,
    requested_until  timestamptz NOT NULL,
    PRIMARY KEY (site_id, device_id, camera_id)
);
