-- Design confirmation (issue 9 section 1): proposal versions, comments, and exactly one confirmed
-- version per project, filed in the evidence chain with the proposal file's hash.
CREATE TABLE design_proposal (
    proposal_id text PRIMARY KEY,
    project_id  text NOT NULL REFERENCES project (project_id) ON DELETE CASCADE,
    version     integer NOT NULL,
    designer_id text NOT NULL REFERENCES app_user (user_id),
    notes       text NOT NULL DEFAULT '',
    file_key    text NOT NULL,
    file_sha256 char(64) NOT NULL,
    file_type   text NOT NULL,
    created_at  timestamptz NOT NULL,
    UNIQUE (project_id, version)
);

CREATE TABLE design_comment (
    comment_id  text PRIMARY KEY,
    proposal_id text NOT NULL REFERENCES design_proposal (proposal_id) ON DELETE CASCADE,
    author_id   text NOT NULL REFERENCES app_user (user_id),
    body        text NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX design_comment_proposal ON design_comment (proposal_id, created_at);

CREATE TABLE design_confirmation (
    confirmation_id text PRIMARY KEY,
    project_id      text NOT NULL UNIQUE REFERENCES project (project_id) ON DELETE CASCADE,
    proposal_id     text NOT NULL REFERENCES design_proposal (proposal_id),
    confirmed_by    text NOT NULL REFERENCES app_user (user_id),
    confirmed_at    timestamptz NOT NULL
);
