package uk.police.ecu.casework.recovery;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Spells in custody ({@code o2r_custody_period}). */
@Repository
class CustodyPeriodRepository {

    /** The source of a spell that was recorded as a programme pause for custody. */
    static final String CUSTODY_PAUSE = "Programme paused for custody";

    private static final String COLUMNS = "id, started_on, ended_on, source, notes, recorded_by";

    private final JdbcClient jdbc;
    private final Clock clock;

    CustodyPeriodRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    CustodyPeriod add(String participant, CustodyPeriod.New spell, String by) {
        long id = jdbc.sql("""
                INSERT INTO o2r_custody_period (participant, started_on, ended_on, source, notes, recorded_by, recorded_at)
                VALUES (:participant, :startedOn, :endedOn, :source, :notes, :by, :at) RETURNING id""")
                .param("participant", participant).param("startedOn", spell.startedOn())
                .param("endedOn", spell.endedOn()).param("source", spell.source().trim())
                .param("notes", spell.notes()).param("by", by).param("at", OffsetDateTime.now(clock))
                .query(Long.class).single();
        return new CustodyPeriod(id, spell.startedOn(), spell.endedOn(), spell.source().trim(), spell.notes(), by);
    }

    List<CustodyPeriod> of(String participant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM o2r_custody_period WHERE participant = :participant"
                        + " ORDER BY started_on, id")
                .param("participant", participant).query(CustodyPeriod.class).list();
    }

    /** Every participant's spells, by participant reference, for the evaluation dataset. */
    /**
     * Every participant's spells in custody: those recorded as custody periods and the times their programme was
     * paused for custody (a pause ends the day before its resume date). A day covered twice counts once.
     */
    Map<String, List<CustodyPeriod>> all() {
        record Row(String participant, CustodyPeriod spell) {
        }
        return jdbc.sql("SELECT participant, " + COLUMNS + """
                          FROM o2r_custody_period
                        UNION ALL
                        SELECT participant, -id, started_on, ended_on - 1, :pauseSource, notes, recorded_by
                          FROM o2r_participant_pause
                         WHERE reason = 'CUSTODY' AND (ended_on IS NULL OR ended_on > started_on)
                        ORDER BY participant, started_on""")
                .param("pauseSource", CUSTODY_PAUSE)
                .query((rs, n) -> new Row(rs.getString("participant"), new CustodyPeriod(rs.getLong("id"),
                        rs.getObject("started_on", java.time.LocalDate.class),
                        rs.getObject("ended_on", java.time.LocalDate.class), rs.getString("source"),
                        rs.getString("notes"), rs.getString("recorded_by")))).list().stream()
                .collect(Collectors.groupingBy(Row::participant,
                        Collectors.mapping(Row::spell, Collectors.toList())));
    }
}
