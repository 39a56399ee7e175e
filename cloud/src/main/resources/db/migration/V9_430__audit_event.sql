-- Issue 17: an audit log of who did what and when. Append-only: rows are never changed or removed
-- by the application, and the trigger refuses it to anyone else who tries through SQL.
CREATE TABLE audit_event (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor_id    text,
    action      text NOT NULL,
    project_id  text,
    site_id     text,
    subject     text,
    detail      text
);

CREATE INDEX audit_event_at ON audit_event (at DESC, id DESC);
CREATE INDEX audit_event_project ON audit_event (project_id, at DESC) WHERE project_id IS NOT NULL;
CREATE INDEX audit_event_site ON audit_event (site_id, at DESC) WHERE site_id IS NOT NULL;

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
