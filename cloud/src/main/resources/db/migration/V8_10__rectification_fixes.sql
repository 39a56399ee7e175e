-- Every fix the project manager reports on a rectification task, kept when the supervisor sends
-- the task back, with an optional photo of the work; each row is filed in the evidence chain.
CREATE TABLE rectification_fix (
    fix_id           text PRIMARY KEY,
    rectification_id text NOT NULL REFERENCES rectification (rectification_id) ON DELETE CASCADE,
    project_id       text NOT NULL REFERENCES project (project_id) ON DELETE CASCADE,
    note             text NOT NULL,
    photo_key        text,
    photo_sha256     char(64),
    fixed_by         text NOT NULL REFERENCES app_user (user_id),
    fixed_at         timestamptz NOT NULL
);
CREATE INDEX rectification_fix_task ON rectification_fix (rectification_id, fixed_at);
