package uk.police.ecu.casework.recovery;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The programme's rules kept as data ({@code o2r_setting}, {@code o2r_follow_up_interval}), read on
 * each use so a change applies to the next referral, review or exit without a release.
 */
@Repository
class ProgrammeSettingRepository {

    static final String OFFENCE_THRESHOLD = "shop_theft_offence_threshold";
    static final String REVIEW_CADENCE_DAYS = "review_cadence_days";
    static final String PROGRAMME_LENGTH_MONTHS = "programme_length_months";

    private final JdbcClient jdbc;

    ProgrammeSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int offenceThreshold() {
        return value(OFFENCE_THRESHOLD);
    }

    int reviewCadenceDays() {
        return value(REVIEW_CADENCE_DAYS);
    }

    int programmeLengthMonths() {
        return value(PROGRAMME_LENGTH_MONTHS);
    }

    List<Integer> followUpMonths() {
        return jdbc.sql("SELECT months FROM o2r_follow_up_interval ORDER BY months").query(Integer.class).list();
    }

    private int value(String name) {
        return jdbc.sql("SELECT value FROM o2r_setting WHERE name = :name").param("name", name)
                .query(Integer.class).single();
    }
}
