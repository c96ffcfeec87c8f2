package uk.police.ecu.casework.victimcare;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The unit's thresholds, kept in {@code victim_care_setting} and read on each use so a change applies at once. */
@Component
class VictimCareSettings {

    private final JdbcClient jdbc;

    VictimCareSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int maxFailedContactAttempts() {
        return jdbc.sql("SELECT value FROM victim_care_setting WHERE name = 'max_failed_contact_attempts'")
                .query(Integer.class).single();
    }
}
