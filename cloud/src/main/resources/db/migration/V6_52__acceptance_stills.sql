-- Camera stills attached to an acceptance record (issue 9 section 5, "the relevant snapshots"): a
-- bounded set from the stage's window, each a frozen copy in the content-addressed store whose
-- key and SHA-256 join the record's hash.
CREATE TABLE acceptance_still (
    record_id   text NOT NULL REFERENCES acceptance_record (record_id) ON DELETE CASCADE,
    snapshot_id bigint NOT NULL,
    device_id   text NOT NULL,
    camera_id   text NOT NULL,
    taken_at    timestamptz NOT NULL,
    file_key    text NOT NULL,
    file_sha256 char(64) NOT NULL,
    PRIMARY KEY (record_id, snapshot_id)
);
