-- Issue 17 item 7: an evidence chain that holds against the database owner.
--
-- hash_version says which rule a link's hash was computed by, so links written before this
-- migration (rule 1: previous hash, project, seq, kind, record id, record hash) keep verifying,
-- while the application writes rule 2 (rule 1 plus the append time) from now on.
-- key_id and head_signature carry the server's Ed25519 signature over the chain head the link
-- made (project, seq, link hash, append time, key id); rule-1 links have none.
ALTER TABLE evidence_link ADD COLUMN hash_version integer NOT NULL DEFAULT 1;
ALTER TABLE evidence_link ALTER COLUMN hash_version DROP DEFAULT;
ALTER TABLE evidence_link ADD COLUMN key_id text;
ALTER TABLE evidence_link ADD COLUMN head_signature text;
ALTER TABLE evidence_link ADD CONSTRAINT evidence_link_signed
    CHECK (hash_version = 1 OR (key_id IS NOT NULL AND head_signature IS NOT NULL));

-- Every public key that ever signed a head, published at /api/evidence/keys. A rotated key stays
-- here so heads it signed still verify. key_id is derived from the key (SHA-256 of its X.509
-- encoding, first 16 hex digits), so a verifier can tell when a key was swapped under an id.
CREATE TABLE evidence_key (
    key_id        text PRIMARY KEY,
    algorithm     text NOT NULL,
    public_key    text NOT NULL UNIQUE,
    first_used_at timestamptz NOT NULL
);

-- Evidence is only ever appended. The database owner can still disable these triggers; what
-- protects the chain against that is the signature and the receipts parties keep, these
-- triggers stop everybody else, and every mistake.
CREATE FUNCTION evidence_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'evidence is append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING HINT = 'evidence links and keys are never changed or removed; file a new record instead';
END
$$;
CREATE TRIGGER evidence_link_append_only BEFORE UPDATE OR DELETE ON evidence_link
    FOR EACH ROW EXECUTE FUNCTION evidence_append_only();
CREATE TRIGGER evidence_link_no_truncate BEFORE TRUNCATE ON evidence_link
    FOR EACH STATEMENT EXECUTE FUNCTION evidence_append_only();
CREATE TRIGGER evidence_key_append_only BEFORE UPDATE OR DELETE ON evidence_key
    FOR EACH ROW EXECUTE FUNCTION evidence_append_only();
CREATE TRIGGER evidence_key_no_truncate BEFORE TRUNCATE ON evidence_key
    FOR EACH STATEMENT EXECUTE FUNCTION evidence_append_only();
