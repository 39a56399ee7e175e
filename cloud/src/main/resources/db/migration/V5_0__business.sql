-- Business side (issue 8): registration contacts, the enterprise library, consultation, contracts
-- with signatures and filing, projects, and project messages. Builds on app_user, user_role,
-- site and site_membership (V2_0). Money is integer fen, shares are integer basis points.

-- How a self-registered person can be reached; the username is the normalised e-mail or phone.
CREATE TABLE user_contact (
    user_id    text PRIMARY KEY REFERENCES app_user (user_id) ON DELETE CASCADE,
    email      text UNIQUE,
    phone      text UNIQUE,
    CHECK (email IS NOT NULL OR phone IS NOT NULL)
);

CREATE TABLE enterprise (
    enterprise_id text PRIMARY KEY,
    type          text NOT NULL CHECK (type IN ('MATERIAL_SUPPLIER', 'DESIGN_COMPANY',
                                                'DECORATION_COMPANY', 'SUPERVISION_COMPANY')),
    name          text NOT NULL,
    credit_code   char(18) NOT NULL UNIQUE,
    city          text NOT NULL,
    district      text NOT NULL DEFAULT '',
    specialties   text[] NOT NULL DEFAULT '{}',
    price_band    smallint NOT NULL CHECK (price_band BETWEEN 1 AND 5),
    description   text NOT NULL DEFAULT '',
    status        text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'VERIFIED', 'REJECTED')),
    status_reason text,
    decided_by    text REFERENCES app_user (user_id),
    decided_at    timestamptz,
    -- Running totals fed by the evaluation hook, so ranking never aggregates evaluations.
    rating_count  integer NOT NULL DEFAULT 0,
    rating_sum    bigint NOT NULL DEFAULT 0,
    created_by    text REFERENCES app_user (user_id),
    created_at    timestamptz NOT NULL DEFAULT now()
);
-- The library only ever lists verified enterprises: partial indexes keep them small.
CREATE INDEX enterprise_lib_type_city ON enterprise (type, city, district) WHERE status = 'VERIFIED';
CREATE INDEX enterprise_lib_city ON enterprise (city, district) WHERE status = 'VERIFIED';
CREATE INDEX enterprise_lib_price ON enterprise (price_band) WHERE status = 'VERIFIED';
CREATE INDEX enterprise_lib_specialties ON enterprise USING gin (specialties) WHERE status = 'VERIFIED';
CREATE INDEX enterprise_pending ON enterprise (created_at) WHERE status = 'PENDING';

CREATE TABLE enterprise_certificate (
    certificate_id text PRIMARY KEY,
    enterprise_id  text NOT NULL REFERENCES enterprise (enterprise_id) ON DELETE CASCADE,
    kind           text NOT NULL CHECK (kind IN ('BUSINESS_LICENCE', 'QUALIFICATION')),
    file_key       text NOT NULL,
    media_type     text NOT NULL,
    size_bytes     bigint NOT NULL,
    sha256         char(64) NOT NULL,
    uploaded_by    text NOT NULL REFERENCES app_user (user_id),
    uploaded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enterprise_certificate_ent ON enterprise_certificate (enterprise_id);

-- The primary key on user_id is the rule "a person belongs to at most one enterprise".
CREATE TABLE enterprise_staff (
    user_id       text PRIMARY KEY REFERENCES app_user (user_id) ON DELETE CASCADE,
    enterprise_id text NOT NULL REFERENCES enterprise (enterprise_id) ON DELETE CASCADE,
    role          text NOT NULL,
    title         text NOT NULL DEFAULT '',
    status        text NOT NULL CHECK (status IN ('INVITED', 'ACTIVE')),
    invited_by    text REFERENCES app_user (user_id),
    invited_at    timestamptz NOT NULL DEFAULT now(),
    joined_at     timestamptz
);
CREATE INDEX enterprise_staff_ent ON enterprise_staff (enterprise_id, status);

-- Evaluations arrive from the lifecycle feature through EnterpriseRatings.record (the hook).
CREATE TABLE enterprise_evaluation (
    evaluation_id text PRIMARY KEY,
    enterprise_id text NOT NULL REFERENCES enterprise (enterprise_id) ON DELETE CASCADE,
    stars         smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
    project_id    text,
    author_id     text,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enterprise_evaluation_ent ON enterprise_evaluation (enterprise_id);

-- Past work shown on a profile only once the owner of that home has consented.
CREATE TABLE enterprise_reference (
    reference_id  text PRIMARY KEY,
    enterprise_id text NOT NULL REFERENCES enterprise (enterprise_id) ON DELETE CASCADE,
    owner_id      text NOT NULL REFERENCES app_user (user_id),
    title         text NOT NULL,
    description   text NOT NULL DEFAULT '',
    city          text NOT NULL DEFAULT '',
    completed_on  date,
    consent_at    timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enterprise_reference_ent ON enterprise_reference (enterprise_id) WHERE consent_at IS NOT NULL;
CREATE INDEX enterprise_reference_owner ON enterprise_reference (owner_id);

-- Consultation: one inquiry, one thread per addressed enterprise.
CREATE TABLE inquiry (
    inquiry_id  text PRIMARY KEY,
    customer_id text NOT NULL REFERENCES app_user (user_id),
    subject     text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inquiry_customer ON inquiry (customer_id, created_at DESC);

CREATE TABLE inquiry_thread (
    inquiry_id     text NOT NULL REFERENCES inquiry (inquiry_id) ON DELETE CASCADE,
    enterprise_id  text NOT NULL REFERENCES enterprise (enterprise_id),
    status         text NOT NULL CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    first_reply_at timestamptz,
    closed_at      timestamptz,
    PRIMARY KEY (inquiry_id, enterprise_id)
);
CREATE INDEX inquiry_thread_ent ON inquiry_thread (enterprise_id, status);

CREATE TABLE inquiry_message (
    message_id    bigserial PRIMARY KEY,
    inquiry_id    text NOT NULL,
    enterprise_id text NOT NULL,
    author_id     text NOT NULL REFERENCES app_user (user_id),
    from_customer boolean NOT NULL,
    body          text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (inquiry_id, enterprise_id) REFERENCES inquiry_thread (inquiry_id, enterprise_id)
        ON DELETE CASCADE
);
CREATE INDEX inquiry_message_thread ON inquiry_message (inquiry_id, enterprise_id, message_id);

-- Contracts: the contract row, one row per version (1 = original, 2.. = amendments), the parties
-- (fixed for the contract's life, used for access checks) and one signature per party and version.
CREATE TABLE contract (
    contract_id     text PRIMARY KEY,
    customer_id     text NOT NULL REFERENCES app_user (user_id),
    current_version integer NOT NULL DEFAULT 1,
    created_by      text NOT NULL REFERENCES app_user (user_id),
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE contract_version (
    contract_id   text NOT NULL REFERENCES contract (contract_id) ON DELETE CASCADE,
    version       integer NOT NULL CHECK (version >= 1),
    status        text NOT NULL CHECK (status IN ('DRAFT', 'SIGNING', 'FILED')),
    terms         jsonb NOT NULL,
    document      text,
    fingerprint   char(64),
    filing_number text UNIQUE,
    filed_at      timestamptz,
    created_by    text NOT NULL REFERENCES app_user (user_id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (contract_id, version),
    -- A filed version carries its whole record; nothing else may.
    CHECK ((status = 'FILED') = (document IS NOT NULL AND fingerprint IS NOT NULL
                                 AND filing_number IS NOT NULL AND filed_at IS NOT NULL))
);

CREATE TABLE contract_party (
    contract_id text NOT NULL REFERENCES contract (contract_id) ON DELETE CASCADE,
    party_key   text NOT NULL,
    kind        text NOT NULL,
    party_id    text NOT NULL,
    PRIMARY KEY (contract_id, party_key)
);
CREATE INDEX contract_party_id ON contract_party (party_id);

CREATE TABLE contract_signature (
    contract_id     text NOT NULL,
    version         integer NOT NULL,
    party_key       text NOT NULL,
    user_id         text NOT NULL REFERENCES app_user (user_id),
    signed_at       timestamptz NOT NULL,
    ip              text NOT NULL,
    user_agent      text NOT NULL,
    document_sha256 char(64) NOT NULL,
    PRIMARY KEY (contract_id, version, party_key),
    FOREIGN KEY (contract_id, version) REFERENCES contract_version (contract_id, version),
    FOREIGN KEY (contract_id, party_key) REFERENCES contract_party (contract_id, party_key)
);

CREATE SEQUENCE filing_seq;

-- Filed versions are immutable: the database refuses any change, whatever the code does.
CREATE FUNCTION contract_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'FILED' THEN
    RAISE EXCEPTION 'contract % version % is filed and immutable', OLD.contract_id, OLD.version;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER contract_version_frozen BEFORE UPDATE OR DELETE ON contract_version
    FOR EACH ROW EXECUTE FUNCTION contract_version_frozen();

-- The project a filed contract creates: its site (devices, memberships) and payment stages.
CREATE TABLE project (
    project_id  text PRIMARY KEY,
    contract_id text NOT NULL UNIQUE REFERENCES contract (contract_id),
    site_id     text NOT NULL REFERENCES site (site_id),
    customer_id text NOT NULL REFERENCES app_user (user_id),
    status      text NOT NULL DEFAULT 'ACTIVE',
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_site ON project (site_id);

CREATE TABLE project_stage (
    project_id   text NOT NULL REFERENCES project (project_id) ON DELETE CASCADE,
    seq          integer NOT NULL,
    name         text NOT NULL,
    share_bp     integer NOT NULL,
    amount_fen   bigint NOT NULL,
    payable_fen  bigint NOT NULL,
    retained_fen bigint NOT NULL,
    status       text NOT NULL DEFAULT 'PENDING',
    PRIMARY KEY (project_id, seq)
);

CREATE TABLE project_message (
    message_id      bigserial PRIMARY KEY,
    project_id      text NOT NULL REFERENCES project (project_id) ON DELETE CASCADE,
    author_id       text NOT NULL REFERENCES app_user (user_id),
    body            text NOT NULL,
    attachment_key  text,
    attachment_type text,
    attachment_name text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_message_project ON project_message (project_id, message_id);

CREATE TABLE project_message_read (
    project_id   text NOT NULL REFERENCES project (project_id) ON DELETE CASCADE,
    user_id      text NOT NULL REFERENCES app_user (user_id) ON DELETE CASCADE,
    last_read_id bigint NOT NULL,
    PRIMARY KEY (project_id, user_id)
);
