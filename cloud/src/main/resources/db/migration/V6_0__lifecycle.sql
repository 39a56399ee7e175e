-- Project lifecycle (issue 9): milestones, inspections, rectifications, telemetry acceptance
-- criteria, acceptance records, the escrow ledger, disputes, evaluations and the evidence chain.

-- One milestone per contract stage. No foreign key to project_stage: amendments may delete stages
-- that have not started, and the milestone marks its stage STARTED before work begins.
CREATE TABLE milestone (
    project_id    text NOT NULL REFERENCES project (project_id) ON DELETE CASCADE,
    seq           integer NOT NULL,
    name          text NOT NULL,
    checklist     text NOT NULL,
    state         text NOT NULL DEFAULT 'PLANNED' CHECK (state IN ('PLANNED', 'IN_PROGRESS',
                      'READY_FOR_INSPECTION', 'RECTIFICATION', 'ACCEPTED')),
    planned_start date,
    planned_end   date,
    actual_start  timestamptz,
    actual_end    timestamptz,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, seq)
);
CREATE INDEX milestone_open ON milestone (planned_end) WHERE state <> 'ACCEPTED';

-- A telemetry criterion the supervisor declared for a stage (stage 0 is the final acceptance):
-- e.g. "closed-water test running since T on leak sensor S for 48 h".
CREATE TABLE acceptance_criterion (
    criterion_id text PRIMARY KEY,
    project_id   text NOT NULL REFERENCES project (project_id) ON DELETE CASCADE,
    stage_seq    integer NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('CLOSED_WATER', 'PRESSURE', 'CURING', 'INDOOR_AIR')),
    sensor_id    text NOT NULL,
    started_at   timestamptz NOT NULL,
    hours        integer,
    declared_by  text NOT NULL REFERENCES app_user (user_id),
    declared_at  timestamptz NOT NULL
);
CREATE INDEX acceptance_criterion_stage ON acceptance_criterion (project_id, stage_seq);

CREATE TABLE inspection (
    inspection_id text PRIMARY KEY,
    project_id    text NOT NULL REFERENCES project (project_id) ON DELETE CASCADE,
    stage_seq     integer NOT NULL,
    checklist     text NOT NULL,
    inspector_id  text NOT NULL REFERENCES app_user (user_id),
    inspected_at  timestamptz NOT NULL,
    passed        boolean NOT NULL
);
CREATE INDEX inspection_stage ON inspection (project_id, stage_seq, inspected_at);

CREATE TABLE inspection_item (
    inspection_id text NOT NULL REFERENCES inspection (inspection_id) ON DELETE CASCADE,
    item_code     text NOT NULL,
    title         text NOT NULL,
    result        text NOT NULL CHECK (result IN ('PASS', 'FAIL', 'NOT_APPLICABLE')),
    note          text NOT NULL DEFAULT '',
    photo_key     text,
    photo_sha256  char(64),
    PRIMARY KEY (inspection_id, item_code)
);

-- A failed item: the ball is in the project manager's court until the supervisor closes it.
CREATE TABLE rectification (
    rectification_id text PRIMARY KEY,
    project_id       text NOT NULL REFERENCES project (project_id) ON DELETE CASCADE,
    stage_seq        integer NOT NULL,
    inspection_id    text NOT NULL REFERENCES inspection (inspection_id),
    item_code        text NOT NULL,
    title            text NOT NULL,
    state            text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'FIXED', 'CLOSED')),
    fix_note         text,
    fixed_by         text REFERENCES app_user (user_id),
    fixed_at         timestamptz,
    closed_by        text REFERENCES app_user (user_id),
    closed_at        timestamptz,
    created_at       timestamptz NOT NULL
);
CREATE INDEX rectification_open ON rectification (project_id, stage_seq) WHERE state <> 'CLOSED';

-- Stage 0 is the final acceptance. criteria holds each verdict with the data behind it.
CREATE TABLE acceptance_record (
    record_id            text PRIMARY KEY,
    project_id           text NOT NULL REFERENCES project (project_id) ON DELETE CASCADE,
    stage_seq            integer NOT NULL,
    state                text NOT NULL CHECK (state IN ('AWAITING_SUPERVISOR', 'AWAITING_CUSTOMER', 'SIGNED')),
    criteria             jsonb NOT NULL,
    inspection_id        text REFERENCES inspection (inspection_id),
    override_by          text REFERENCES app_user (user_id),
    override_reason      text,
    supervisor_id        text REFERENCES app_user (user_id),
    supervisor_signed_at timestamptz,
    customer_id          text REFERENCES app_user (user_id),
    customer_signed_at   timestamptz,
    created_at           timestamptz NOT NULL,
    UNIQUE (project_id, stage_seq)
);

-- The escrow ledger: transactions and their postings, append-only; balances are sums of postings.
CREATE TABLE ledger_txn (
    txn_id          text PRIMARY KEY,
    project_id      text NOT NULL REFERENCES project (project_id),
    idempotency_key text NOT NULL,
    request_hash    char(64) NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('DEPOSIT', 'STAGE_RELEASE', 'RETENTION_RELEASE',
                        'REFUND', 'ARBITRATION')),
    stage_seq       integer,
    reference       text,
    actor_id        text REFERENCES app_user (user_id),
    at              timestamptz NOT NULL,
    UNIQUE (project_id, idempotency_key)
);
-- A stage is released once, whatever the idempotency keys say.
CREATE UNIQUE INDEX ledger_txn_one_release ON ledger_txn (project_id, stage_seq) WHERE kind = 'STAGE_RELEASE';
CREATE UNIQUE INDEX ledger_txn_one_retention ON ledger_txn (project_id) WHERE kind = 'RETENTION_RELEASE';

CREATE TABLE ledger_posting (
    txn_id     text NOT NULL REFERENCES ledger_txn (txn_id),
    line       integer NOT NULL,
    account    text NOT NULL CHECK (account IN ('GATEWAY', 'ESCROW', 'RETENTION', 'CONTRACTOR', 'CUSTOMER_REFUND')),
    amount_fen bigint NOT NULL CHECK (amount_fen <> 0),
    PRIMARY KEY (txn_id, line)
);

CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the ledger is append-only (% on %)', TG_OP, TG_TABLE_NAME;
END
$$;
CREATE TRIGGER ledger_txn_append_only BEFORE UPDATE OR DELETE ON ledger_txn
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_posting_append_only BEFORE UPDATE OR DELETE ON ledger_posting
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

CREATE TABLE dispute (
    dispute_id       text PRIMARY KEY,
    project_id       text NOT NULL REFERENCES project (project_id),
    raised_by        text NOT NULL REFERENCES app_user (user_id),
    reason           text NOT NULL,
    state            text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'RESOLVED')),
    raised_at        timestamptz NOT NULL,
    resolved_by      text REFERENCES app_user (user_id),
    resolved_at      timestamptz,
    to_contractor_fen bigint,
    to_customer_fen  bigint,
    decision         text
);
CREATE UNIQUE INDEX dispute_one_open ON dispute (project_id) WHERE state = 'OPEN';

CREATE TABLE evaluation (
    evaluation_id text PRIMARY KEY,
    project_id    text NOT NULL REFERENCES project (project_id),
    contract_id   text NOT NULL,
    author_id     text NOT NULL REFERENCES app_user (user_id),
    target_kind   text NOT NULL CHECK (target_kind IN ('ENTERPRISE', 'STAFF')),
    target_id     text NOT NULL,
    enterprise_id text NOT NULL,
    quality       smallint NOT NULL CHECK (quality BETWEEN 1 AND 5),
    schedule      smallint NOT NULL CHECK (schedule BETWEEN 1 AND 5),
    communication smallint NOT NULL CHECK (communication BETWEEN 1 AND 5),
    tidiness      smallint NOT NULL CHECK (tidiness BETWEEN 1 AND 5),
    text          text NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL,
    reply         text,
    replied_by    text REFERENCES app_user (user_id),
    replied_at    timestamptz,
    UNIQUE (contract_id, author_id, target_kind, target_id)
);
CREATE INDEX evaluation_target ON evaluation (target_kind, target_id);

-- The per-project hash chain over every filed record.
CREATE TABLE evidence_link (
    project_id  text NOT NULL REFERENCES project (project_id),
    seq         bigint NOT NULL,
    kind        text NOT NULL,
    record_id   text NOT NULL,
    record_hash char(64) NOT NULL,
    prev_hash   char(64) NOT NULL,
    link_hash   char(64) NOT NULL,
    appended_at timestamptz NOT NULL,
    PRIMARY KEY (project_id, seq),
    UNIQUE (project_id, kind, record_id)
);
