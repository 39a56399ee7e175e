-- Password reset links (issue 17). The link carries a random token; only its SHA-256 digest is
-- kept, so a copy of this table opens no account. A token works once and until expires_at; a new
-- request, a completed reset or a password change ends every open token of the account. Owned by
-- the accounts feature.
CREATE TABLE password_reset (
    token_hash text PRIMARY KEY,
    user_id    text NOT NULL REFERENCES app_user (user_id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    ended_at   timestamptz,
    ended_why  text
);
CREATE INDEX password_reset_user_open ON password_reset (user_id) WHERE ended_at IS NULL;

-- Reset requests are counted like failed sign-ins, per typed account and per client address, so
-- nobody can flood a mailbox or probe many accounts from one address; they count apart from
-- sign-ins, so asking for a link never locks anyone out of signing in.
ALTER TABLE login_failure DROP CONSTRAINT login_failure_scope_check;
ALTER TABLE login_failure ADD CONSTRAINT login_failure_scope_check
    CHECK (scope IN ('account', 'address', 'reset-account', 'reset-address'));
