-- Accounts, roles and site memberships: the base that later issues (alerts, enterprises,
-- contracts, lifecycle, portal) join. Ids are text so that they can be used in MQTT topics.

CREATE TABLE app_user (
    user_id       text PRIMARY KEY,
    username      text NOT NULL UNIQUE,
    display_name  text NOT NULL,
    password_hash text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    disabled_at   timestamptz
);

-- A user may hold several roles; the role names are the Role enum of the accounts package.
CREATE TABLE user_role (
    user_id text NOT NULL REFERENCES app_user (user_id) ON DELETE CASCADE,
    role    text NOT NULL CHECK (role IN ('HOMEOWNER', 'SUPERVISOR', 'PROJECT_MANAGER', 'DESIGNER',
                                          'BUDGETER', 'INSTALLER', 'ENTERPRISE_ADMIN', 'OPERATOR')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE site (
    site_id    text PRIMARY KEY CHECK (site_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    name       text NOT NULL,
    address    text NOT NULL,
    timezone   text NOT NULL DEFAULT 'UTC',
    created_by text REFERENCES app_user (user_id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Who may see a site's data. Operators see every site without a row here.
CREATE TABLE site_membership (
    site_id    text NOT NULL REFERENCES site (site_id) ON DELETE CASCADE,
    user_id    text NOT NULL REFERENCES app_user (user_id) ON DELETE CASCADE,
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site_id, user_id)
);
CREATE INDEX site_membership_user ON site_membership (user_id);
