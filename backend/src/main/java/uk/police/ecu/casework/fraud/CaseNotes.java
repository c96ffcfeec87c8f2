package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_note} table: notes written on a case by the people working it. */
@Repository
class CaseNotes {

    record CaseNote(long id, String crimeReference, String author, String authorName, String text,
                    OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseNotes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    CaseNote add(String reference, String author, String authorName, String text) {
        return jdbc.sql("""
                        INSERT INTO case_note (crime_reference, author, text, created_at) VALUES (?, ?, ?, ?)
                        RETURNING id, created_at""")
                .params(reference, author, text, OffsetDateTime.now(clock))
                .query((rs, n) -> new CaseNote(rs.getLong(1), reference, author, authorName, text,
                        rs.getObject(2, OffsetDateTime.class)))
                .single();
    }
}
