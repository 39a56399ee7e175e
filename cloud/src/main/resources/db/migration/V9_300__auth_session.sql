-- Server-side sessions (issue 17). Every token the cloud issues names one session (claim "sid");
-- signing out revokes it, and a request that carries a revoked, expired or unknown session, or a
-- disabled account's, is refused within seconds, whether the token came as the portal cookie or
-- as a bearer header. Owned by the accounts feature.
CREATE TABLE auth_session (
    session_id  text PRIMARY KEY,
    user_id     text NOT NULL REFERENCES app_user (user_id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    revoked_why text
);

CREATE INDEX auth_session_user_open ON auth_session (user_id) WHERE revoked_at IS NULL;
