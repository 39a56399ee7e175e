-- Alert engine and notifications (issue 7, sections 4 and 5). Versions V4_0..V4_49 belong to alerts.

-- Quiet hours are set per residential community (each 小区 has its own rules).
CREATE TABLE alert_quiet_calendar (
    community_id text PRIMARY KEY,
    -- QuietCalendar spec, for example 'MON-FRI 12:00-14:00; MON-FRI 18:00-08:00; SAT-SUN 00:00-24:00'
    spec         text NOT NULL,
    holidays     date[] NOT NULL DEFAULT '{}',
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- Per-site alert settings; a site without a row uses the configured defaults.
CREATE TABLE alert_site_settings (
    site_id            text PRIMARY KEY,
    time_zone          text NOT NULL,
    community_id       text REFERENCES alert_quiet_calendar (community_id),
    -- user ids notified in turn while a critical alert stays unacknowledged
    escalation_chain   text[] NOT NULL DEFAULT '{}',
    escalation_minutes int CHECK (escalation_minutes IS NULL OR escalation_minutes > 0),
    webhook_url        text,
    webhook_secret     text,
    updated_at         timestamptz NOT NULL DEFAULT now()
);

-- Rules per site. A site's rules are seeded from the configured defaults on first use.
CREATE TABLE alert_rule (
    site_id              text NOT NULL,
    code                 text NOT NULL CHECK (code ~ '^[a-z0-9-]{1,48}$'),
    kind                 text NOT NULL,
    severity             text NOT NULL CHECK (severity IN ('CRITICAL', 'MAJOR', 'MINOR', 'WARNING')),
    enabled              boolean NOT NULL,
    auto_resolve         boolean NOT NULL,
    metric               text,
    comparison           text,
    limit_value          double precision,
    sustain_seconds      int,
    consecutive          int,
    quiet_hours_only     boolean NOT NULL DEFAULT false,
    event_types          text[] NOT NULL DEFAULT '{}',
    offline_minutes      int,
    min_free_bytes       bigint,
    working_days         int,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site_id, code)
);

CREATE TABLE alert (
    id                  bigserial PRIMARY KEY,
    site_id             text NOT NULL,
    type                text NOT NULL,
    source              text NOT NULL,
    severity            text NOT NULL CHECK (severity IN ('CRITICAL', 'MAJOR', 'MINOR', 'WARNING')),
    status              text NOT NULL CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    message             text NOT NULL,
    occurrences         int NOT NULL DEFAULT 1,
    first_seen          timestamptz NOT NULL,
    last_seen           timestamptz NOT NULL,
    opened_at           timestamptz NOT NULL DEFAULT now(),
    acknowledged_by     text,
    acknowledged_at     timestamptz,
    acknowledge_comment text,
    resolved_by         text,
    resolved_at         timestamptz,
    resolve_comment     text,
    escalation_level    int NOT NULL DEFAULT 0
);
-- Dedupe: at most one unresolved alert per (site, type, source); a repeat updates it.
CREATE UNIQUE INDEX alert_unresolved_key ON alert (site_id, type, source) WHERE status <> 'RESOLVED';
CREATE INDEX alert_site_recent ON alert (site_id, last_seen DESC);
CREATE INDEX alert_escalation ON alert (opened_at) WHERE status = 'OPEN' AND severity = 'CRITICAL';

CREATE TABLE notification_preference (
    user_id      text PRIMARY KEY,
    push         boolean NOT NULL,
    email        boolean NOT NULL,
    email_address text,
    min_severity text NOT NULL CHECK (min_severity IN ('CRITICAL', 'MAJOR', 'MINOR', 'WARNING')),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- Durable webhook outbox: a row is written in the same transaction as the alert change.
CREATE TABLE webhook_outbox (
    id              bigserial PRIMARY KEY,
    site_id         text NOT NULL,
    alert_id        bigint NOT NULL REFERENCES alert (id),
    url             text NOT NULL,
    body            text NOT NULL,
    attempts        int NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    failed_at       timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (next_attempt_at)
    WHERE delivered_at IS NULL AND failed_at IS NULL;

-- Audit of who was told what, through which channel.
CREATE TABLE alert_notification (
    id        bigserial PRIMARY KEY,
    alert_id  bigint NOT NULL REFERENCES alert (id),
    user_id   text,
    channel   text NOT NULL CHECK (channel IN ('PUSH', 'EMAIL', 'WEBHOOK')),
    reason    text NOT NULL,
    sent_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alert_notification_alert ON alert_notification (alert_id);
