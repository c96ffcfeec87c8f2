-- The audit trail (Data Protection Act 2018 s.62): who did what to which record, when, from where
-- and why. Rows are only ever appended; each row's hash covers the previous row's hash and its own
-- content, so a change to any row, or a row removed from the middle, shows when the chain is verified.
CREATE TABLE audit_event (
    id             bigserial PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    username       text NOT NULL,
    operation      text NOT NULL CHECK (operation IN ('COLLECTION', 'ALTERATION', 'CONSULTATION', 'DISCLOSURE',
                                                      'COMBINATION', 'ERASURE', 'ACCESS_REFUSED', 'AUDIT_SEARCH',
                                                      'LOGIN', 'LOGIN_FAILED')),
    record_type    text NOT NULL,
    record_ids     text[] NOT NULL DEFAULT '{}',
    client_address text,
    justification  text,
    recipient      text,
    details        jsonb NOT NULL DEFAULT '{}',
    previous_hash  text,
    hash           text NOT NULL,
    CONSTRAINT audit_event_disclosure_has_recipient CHECK (operation <> 'DISCLOSURE' OR recipient IS NOT NULL)
);

CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX audit_event_username ON audit_event (username, occurred_at);
CREATE INDEX audit_event_record_type ON audit_event (record_type, occurred_at);
CREATE INDEX audit_event_operation ON audit_event (operation, occurred_at);
CREATE INDEX audit_event_record_ids ON audit_event USING gin (record_ids);

-- Append-only whatever the client: statement-level, so even an UPDATE or DELETE that matches no
-- row is refused, and TRUNCATE (which row triggers never see) is refused too.
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

-- Auditors search the trail and nothing else.
ALTER TABLE user_role DROP CONSTRAINT user_role_role_check;
ALTER TABLE user_role ADD CONSTRAINT user_role_role_check
    CHECK (role IN ('ECU_OFFICER', 'ECU_SUPERVISOR', 'LOCAL_INVESTIGATOR', 'VICTIM_CARE_OFFICER', 'O2R_OFFICER',
                    'DRUG_REFERRAL_WORKER', 'PERFORMANCE_ANALYST', 'ADMINISTRATOR', 'AUDITOR'));
