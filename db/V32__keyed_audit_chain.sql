-- The audit chain is keyed from here on: each row's hash is an HMAC under a key kept outside the database,
-- so someone who can write the table can no longer rewrite a row and recompute the chain. Rows written
-- before this migration keep their SHA-256 chain. The first keyed row is a CHAIN_KEYED record naming
-- keyed_from, signed like every other, so moving keyed_from to pass keyed rows off as plain ones is seen.
-- The chain has an identity of its own, written beside each anchor of its head outside the database.
CREATE TABLE audit_chain (
    chain_id    uuid   NOT NULL DEFAULT gen_random_uuid(),
    keyed_from  bigint NOT NULL
);

INSERT INTO audit_chain (keyed_from) SELECT coalesce(max(id), 0) + 1 FROM audit_event;

CREATE TRIGGER audit_chain_fixed
    BEFORE UPDATE OR DELETE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER audit_chain_no_truncate
    BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

ALTER TABLE audit_event DROP CONSTRAINT audit_event_operation_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_operation_check
    CHECK (operation IN ('COLLECTION', 'ALTERATION', 'CONSULTATION', 'DISCLOSURE', 'COMBINATION', 'ERASURE',
                         'ACCESS_REFUSED', 'AUDIT_SEARCH', 'LOGIN', 'LOGIN_FAILED', 'CHAIN_KEYED'));
