package uk.police.ecu.casework.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.InvalidResultSetAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * The audit trail as a chain: the lock that puts appends in one order, the chain's head and where its
 * keyed part starts ({@code audit_chain}), ids drawn in chain order, the rows appended, and the rows read
 * back in chain order. Every statement runs in the caller's transaction; none opens one of its own.
 */
@Repository
class AuditChainRepository {

    /** The chain's last row. */
    record Link(long id, String hash) {
    }

    record Chain(String chainId, long keyedFrom) {
    }

    /** An id drawn for a row, and the row's details as PostgreSQL stores them (the form that is hashed). */
    record Prepared(long id, String details) {
    }

    private final JdbcClient jdbc;
    /** Appends go in one batch; JdbcClient has no batch statement. */
    private final NamedParameterJdbcTemplate batch;
    /** Streams the trail through a cursor instead of loading it whole. */
    private final JdbcClient streaming;

    AuditChainRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = batch;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(1000);
        this.streaming = JdbcClient.create(cursor);
    }

    /**
     * Takes the transaction-scoped advisory lock under {@code key}: held to the end of the caller's
     * transaction, so the row read as the head is still the last committed one when the caller's rows commit.
     */
    void lock(long key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", key).query((RowCallbackHandler) rs -> { });
    }

    Optional<Link> head() {
        return jdbc.sql("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")
                .query((ResultSetExtractor<Optional<Link>>) rs -> rs.next()
                        ? Optional.of(new Link(rs.getLong(1), rs.getString(2))) : Optional.empty());
    }

    String chainId() {
        return jdbc.sql("SELECT chain_id::text FROM audit_chain").query(String.class).single();
    }

    /** The first id of the keyed chain, fixed by the migration that keyed it. */
    long keyedFrom() {
        return jdbc.sql("SELECT keyed_from FROM audit_chain").query(Long.class).single();
    }

    Chain chain() {
        return jdbc.sql("SELECT chain_id::text AS chain_id, keyed_from FROM audit_chain")
                .query((rs, n) -> new Chain(rs.getString("chain_id"), rs.getLong("keyed_from")))
                .single();
    }

    /** Draws an id for each of the details, and reads each back as PostgreSQL stores it, in the order given. */
    List<Prepared> prepare(List<String> detailsJson) {
        return jdbc.sql("""
                        SELECT nextval('audit_event_id_seq'), CAST(d AS jsonb)::text
                        FROM unnest(CAST(:details AS text[])) WITH ORDINALITY AS given(d, n) ORDER BY n""")
                .param("details", new SqlArrayValue("text", detailsJson.toArray()))
                .query((rs, n) -> new Prepared(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** Inserts the rows in one batch. Types are declared as the rows were bound before: nulls as text. */
    void insert(List<AuditRow> rows) {
        MapSqlParameterSource[] batchArgs = rows.stream().map(row -> new MapSqlParameterSource()
                        .addValue("id", row.id(), Types.BIGINT)
                        .addValue("occurredAt", row.occurredAt().atOffset(ZoneOffset.UTC))
                        .addValue("username", row.username(), Types.VARCHAR)
                        .addValue("operation", row.operation(), Types.VARCHAR)
                        .addValue("recordType", row.recordType(), Types.VARCHAR)
                        .addValue("recordIds", new SqlArrayValue("text", row.recordIds().toArray()))
                        .addValue("clientAddress", row.clientAddress(), Types.VARCHAR)
                        .addValue("justification", row.justification(), Types.VARCHAR)
                        .addValue("recipient", row.recipient(), Types.VARCHAR)
                        .addValue("details", row.details(), Types.VARCHAR)
                        .addValue("previousHash", row.previousHash(), Types.VARCHAR)
                        .addValue("hash", row.hash(), Types.VARCHAR))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("""
                INSERT INTO audit_event (id, occurred_at, username, operation, record_type, record_ids,
                    client_address, justification, recipient, details, previous_hash, hash)
                VALUES (:id, :occurredAt, :username, :operation, :recordType, :recordIds, :clientAddress, :justification,
                    :recipient, CAST(:details AS jsonb), :previousHash, :hash)""", batchArgs);
    }

    /** The last row of the keyed chain, if it has one. */
    Optional<AuditRow> lastKeyed() {
        return jdbc.sql("SELECT " + AuditEventRepository.COLUMNS + " FROM audit_event "
                        + "WHERE id >= (SELECT keyed_from FROM audit_chain) ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> AuditEventRepository.read(rs))
                .optional();
    }

    /**
     * Hands the whole trail, in chain order, to {@code walk}, row by row through a cursor (run it in a
     * transaction, or PostgreSQL sends every row at once). Whatever {@code walk} returns is returned.
     */
    <T> T inChainOrder(Function<Iterator<AuditRow>, T> walk) {
        return streaming.sql("SELECT " + AuditEventRepository.COLUMNS + " FROM audit_event ORDER BY id")
                .query((ResultSetExtractor<T>) rs -> walk.apply(new RowIterator(rs)));
    }

    /** The result set's rows, read one ahead; a failure to read is a data access failure like any other. */
    private static final class RowIterator implements Iterator<AuditRow> {

        private final ResultSet rs;
        private AuditRow next;
        private boolean done;

        RowIterator(ResultSet rs) {
            this.rs = rs;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                try {
                    if (rs.next()) {
                        next = AuditEventRepository.read(rs);
                    } else {
                        done = true;
                    }
                } catch (SQLException e) {
                    throw new InvalidResultSetAccessException(e);
                }
            }
            return next != null;
        }

        @Override
        public AuditRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            AuditRow row = next;
            next = null;
            return row;
        }
    }
}
