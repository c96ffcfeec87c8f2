-- Sign-in attempts, counted before a password is checked, under three keys: the client address (failed
-- checks from it), a name from one address, and a name from anywhere. A name is no longer locked by
-- failures alone: anyone could lock any officer out. A name guessed at from many addresses is slowed
-- instead (next_check_at), and an address that keeps failing is refused for the rest of its window.
CREATE TABLE sign_in_attempt (
    key                text PRIMARY KEY,
    attempts           integer     NOT NULL,
    window_started_at  timestamptz NOT NULL,
    next_check_at      timestamptz
);

DROP TABLE login_throttle;
