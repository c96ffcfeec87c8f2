-- Failed sign-ins per username, kept whether or not the name exists, so the lock-out tells an
-- attacker nothing about which accounts are real.
CREATE TABLE login_throttle (
    username      text PRIMARY KEY,
    failures      integer NOT NULL DEFAULT 0,
    last_failure  timestamptz,
    locked_until  timestamptz
);
