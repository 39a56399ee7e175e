-- Issue 20 (payments): the provider's side of the escrow. A deposit is an order at the provider
-- that the ledger posts only when the provider's signed notification says it was paid; a refund
-- or a payout is an instruction written in the same transaction as its ledger posting and sent
-- (and retried) by a scheduler, idempotent at the provider by its out_* number.

CREATE TABLE payment_order (
    out_trade_no   text PRIMARY KEY,
    project_id     text NOT NULL REFERENCES project (project_id),
    payer_id       text NOT NULL,
    amount_fen     bigint NOT NULL CHECK (amount_fen > 0),
    channel        text NOT NULL CHECK (channel IN ('NATIVE', 'H5', 'JSAPI', 'SANDBOX')),
    idempotency_key text NOT NULL,
    state          text NOT NULL CHECK (state IN ('CREATED', 'PAID', 'CLOSED')),
    pay_url        text,
    transaction_id text,
    refunded_fen   bigint NOT NULL DEFAULT 0 CHECK (refunded_fen >= 0),
    shared_fen     bigint NOT NULL DEFAULT 0 CHECK (shared_fen >= 0),
    created_at     timestamptz NOT NULL,
    paid_at        timestamptz,
    CHECK (refunded_fen + shared_fen <= amount_fen),
    UNIQUE (project_id, idempotency_key)
);
CREATE INDEX payment_order_project ON payment_order (project_id, created_at);

CREATE TABLE payment_instruction (
    out_no          text PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('REFUND', 'PAYOUT')),
    project_id      text NOT NULL REFERENCES project (project_id),
    txn_id          text NOT NULL REFERENCES ledger_txn (txn_id),
    out_trade_no    text NOT NULL REFERENCES payment_order (out_trade_no),
    amount_fen      bigint NOT NULL CHECK (amount_fen > 0),
    receiver_type   text,
    receiver_account text,
    receiver_name   text,
    state           text NOT NULL CHECK (state IN ('PENDING', 'SENT', 'DONE', 'FAILED')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    provider_state  text,
    created_at      timestamptz NOT NULL
);
CREATE INDEX payment_instruction_due ON payment_instruction (next_attempt_at) WHERE state = 'PENDING';

-- Where a contracted company's payouts go: its profit-sharing receiver at the provider. Kept here,
-- as settlement's own payout data, rather than in the enterprises feature's tables.
CREATE TABLE enterprise_payout (
    enterprise_id   text PRIMARY KEY,
    receiver_type   text NOT NULL CHECK (receiver_type IN ('MERCHANT_ID', 'PERSONAL_OPENID')),
    account         text NOT NULL,
    name            text NOT NULL,
    updated_by      text NOT NULL,
    updated_at      timestamptz NOT NULL
);

-- The last reconciliation's findings, for the operator page.
CREATE TABLE payment_mismatch (
    id           bigserial PRIMARY KEY,
    run_at       timestamptz NOT NULL,
    subject      text NOT NULL,
    project_id   text,
    ours         text NOT NULL,
    provider     text NOT NULL
);
CREATE INDEX payment_mismatch_run ON payment_mismatch (run_at DESC);
