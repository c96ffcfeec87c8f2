package uk.police.ecu.casework.victimcare;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The unit's thresholds, kept in {@code victim_care_setting} and read on each use so a change applies at once. */
@Repository
class VictimCareSettingRepository {

    private final JdbcClient jdbc;

    VictimCareSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int maxFailedContactAttempts() {
        return jdbc.sql("SELECT value FROM victim_care_setting WHERE name = 'max_failed_contact_attempts'")
                .query(Integer.class).single();
    }

    int ndmReferralThreshold() {
        return jdbc.sql("SELECT value FROM victim_care_setting WHERE name = 'ndm_referral_threshold'")
                .query(Integer.class).single();
    }
}
