package uk.police.ecu.casework.fraud;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_note} table: notes written on a case by the people working it. */
@Repository
class CaseNoteRepository {

    record CaseNote(long id, String crimeReference, String author, String authorName, String text,
                    OffsetDateTime createdAt) {
    }

    /** A note as the case's timeline shows it. */
    record WrittenNote(OffsetDateTime createdAt, String author, String text) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseNoteRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    CaseNote add(String reference, String author, String authorName, String text) {
        return jdbc.sql("""
                        INSERT INTO case_note (crime_reference, author, text, created_at)
                        VALUES (:crimeReference, :author, :text, :createdAt)
                        RETURNING id, created_at""")
                .param("crimeReference", reference)
                .param("author", author)
                .param("text", text)
                .param("createdAt", OffsetDateTime.now(clock))
                .query((rs, n) -> new CaseNote(rs.getLong(1), reference, author, authorName, text,
                        rs.getObject(2, OffsetDateTime.class)))
                .single();
    }

    List<WrittenNote> onCase(String reference) {
        return jdbc.sql("SELECT created_at, author, text FROM case_note WHERE crime_reference = :crimeReference")
                .param("crimeReference", reference)
                .query((rs, n) -> new WrittenNote(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3)))
                .list();
    }
}
