-- Failed sign-ins, counted per account and per client address over a sliding window and shared by
-- every cloud instance, so a guesser cannot spread attempts over instances or restarts (issue 17).
-- The subject is a SHA-256 digest: neither typed usernames nor addresses are kept in the clear.
-- accounts.LoginThrottle deletes rows older than the window.
CREATE TABLE login_failure (
    scope     text        NOT NULL CHECK (scope IN ('account', 'address')),
    subject   text        NOT NULL,
    failed_at timestamptz NOT NULL
);
CREATE INDEX login_failure_subject ON login_failure (scope, subject, failed_at);
CREATE INDEX login_failure_age ON login_failure (failed_at);
