-- The contract between the cloud (which owns and writes these tables) and the HiveMQ
-- extension (which only reads them). The cloud applies this file through Flyway
-- (location classpath:db/contract); broker tests apply it directly. Change it only
-- with a new versioned file, and update docs/protocol.md ("Credential store").

CREATE TABLE IF NOT EXISTS mqtt_principal (
    principal_id text PRIMARY KEY CHECK (principal_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    -- 'device': username = client id = principal_id, bound to one site.
    -- 'cloud' : the cloud's service account; any client id.
    kind         text NOT NULL CHECK (kind IN ('device', 'cloud')),
    site_id      text CHECK (site_id IS NULL OR site_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    -- DeviceSecrets format: pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>
    secret_hash  text NOT NULL,
    revoked_at   timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (kind <> 'device' OR site_id IS NOT NULL)
);

CREATE TABLE IF NOT EXISTS mqtt_claim (
    -- SHA-256 hex of the claim code (DeviceSecrets.claimDigest); the code itself is never stored.
    code_digest  text PRIMARY KEY CHECK (code_digest ~ '^[0-9a-f]{64}$'),
    site_id      text NOT NULL,
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz,
    created_by   text,
    created_at   timestamptz NOT NULL DEFAULT now()
);
