-- Users, roles and teams. A team's id is also the process engine's candidate group for its queue.
CREATE TABLE team (
    id              text PRIMARY KEY,
    name            text NOT NULL,
    unit            text NOT NULL CHECK (unit IN ('ECU', 'LPA', 'ECVCU', 'O2R', 'PARTNER', 'PERFORMANCE', 'ADMIN')),
    policing_area   text,
    local_authority text
);

CREATE TABLE app_user (
    username        text PRIMARY KEY,
    display_name    text NOT NULL,
    password_hash   text,
    enabled         boolean NOT NULL DEFAULT true,
    failed_logins   integer NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_role (
    username text NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    role     text NOT NULL CHECK (role IN ('ECU_OFFICER', 'ECU_SUPERVISOR', 'LOCAL_INVESTIGATOR', 'VICTIM_CARE_OFFICER',
                                           'O2R_OFFICER', 'DRUG_REFERRAL_WORKER', 'PERFORMANCE_ANALYST', 'ADMINISTRATOR')),
    PRIMARY KEY (username, role)
);

CREATE TABLE team_member (
    team_id    text NOT NULL REFERENCES team (id),
    username   text NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    supervisor boolean NOT NULL DEFAULT false,
    PRIMARY KEY (team_id, username)
);
CREATE INDEX team_member_username ON team_member (username);
