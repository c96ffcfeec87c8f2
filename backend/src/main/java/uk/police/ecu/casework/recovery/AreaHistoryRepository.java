package uk.police.ecu.casework.recovery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The local authority areas a participant has belonged to, with dates ({@code o2r_participant_area_change}). */
@Repository
class AreaHistoryRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    AreaHistoryRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record AreaSpell(String localAuthority, LocalDate fromOn, LocalDate toOn, String recordedBy) {
    }

    List<AreaSpell> of(String participant) {
        return jdbc.sql("""
                SELECT local_authority, from_on, to_on, recorded_by FROM o2r_participant_area_change
                WHERE participant = :participant ORDER BY from_on, id""")
                .param("participant", participant).query(AreaSpell.class).list();
    }

    /**
     * Closes the current spell on the transfer date and opens one in the new area. The first transfer also
     * records the area the person was referred in, from the referral date.
     */
    void transfer(Participant participant, String toArea, LocalDate on, String by) {
        boolean first = jdbc.sql("SELECT count(*) FROM o2r_participant_area_change WHERE participant = :participant")
                .param("participant", participant.reference()).query(Long.class).single() == 0;
        if (first) {
            insert(participant.reference(), participant.localAuthority(), participant.referralDate(), on,
                    participant.referredBy());
        } else {
            jdbc.sql("UPDATE o2r_participant_area_change SET to_on = :on WHERE participant = :participant AND to_on IS NULL")
                    .param("on", on).param("participant", participant.reference()).update();
        }
        insert(participant.reference(), toArea, on, null, by);
    }

    private void insert(String participant, String area, LocalDate from, LocalDate to, String by) {
        jdbc.sql("""
                INSERT INTO o2r_participant_area_change (participant, local_authority, from_on, to_on, recorded_by, recorded_at)
                VALUES (:participant, :area, :from, :to, :by, :at)""")
                .param("participant", participant).param("area", area).param("from", from).param("to", to)
                .param("by", by).param("at", OffsetDateTime.now(clock)).update();
    }
}
