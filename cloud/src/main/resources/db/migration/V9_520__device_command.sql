-- Commands the portal sends to a box (restart, configuration push) and the box's answer, so the
-- fleet page can show what was asked, when, and how the box answered. Snapshot requests keep
-- their own table (media); this one holds the commands of the devices feature.
CREATE TABLE device_command (
    command_id   text PRIMARY KEY,
    site_id      text NOT NULL,
    device_id    text NOT NULL,
    command_type text NOT NULL,
    args         text NOT NULL,
    issued_by    text,
    issued_at    timestamptz NOT NULL,
    -- SENT (handed to the broker), NOT_SENT (broker unreachable), OK, ERROR, REJECTED
    status       text NOT NULL,
    message      text,
    answered_at  timestamptz
);

CREATE INDEX device_command_device_issued ON device_command (site_id, device_id, issued_at DESC);
