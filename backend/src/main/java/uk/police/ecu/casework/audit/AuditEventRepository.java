package uk.police.ecu.casework.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit trail by the auditor's filters (each matched by an index), and says how a row reads back. */
@Repository
class AuditEventRepository {

    /** The columns {@link #read} reads. */
    static final String COLUMNS = "id, occurred_at, username, operation, record_type, record_ids, client_address, "
            + "justification, recipient, details::text AS details, previous_hash, hash";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditEventRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long count(AuditFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.sql("SELECT count(*) FROM audit_event" + where(filter, params)).paramSource(params)
                .query(Long.class).single();
    }

    List<AuditEventView> find(AuditFilter filter, long offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event" + where(filter, params)
                        + " ORDER BY id DESC OFFSET :offset LIMIT :limit")
                .paramSource(params)
                .query((rs, n) -> view(read(rs)))
                .list();
    }

    /** One row with its place in the chain (chain order is id order), or empty when there is no such row. */
    Optional<AuditEventDetail> findDetail(long id) {
        return jdbc.sql("SELECT " + COLUMNS + ", "
                        + "(SELECT max(b.id) FROM audit_event b WHERE b.id < e.id) AS previous_event_id, "
                        + "(SELECT min(a.id) FROM audit_event a WHERE a.id > e.id) AS next_event_id "
                        + "FROM audit_event e WHERE e.id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    AuditRow row = read(rs);
                    return new AuditEventDetail(view(row), row.previousHash(), row.hash(),
                            rs.getObject("previous_event_id", Long.class), rs.getObject("next_event_id", Long.class));
                })
                .optional();
    }

    private static String where(AuditFilter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (filter.username() != null) {
            conditions.add("username = :username");
            params.addValue("username", filter.username());
        }
        if (filter.recordType() != null) {
            conditions.add("record_type = :recordType");
            params.addValue("recordType", filter.recordType());
        }
        if (filter.recordId() != null) {
            conditions.add("record_ids @> ARRAY[CAST(:recordId AS text)]");
            params.addValue("recordId", filter.recordId());
        }
        if (filter.operation() != null) {
            conditions.add("operation = :operation");
            params.addValue("operation", filter.operation().name());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.addValue("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            params.addValue("to", filter.to());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** An {@link AuditRow} read back from the result set's current row, selected with {@link #COLUMNS}. */
    static AuditRow read(ResultSet rs) throws SQLException {
        Array ids = rs.getArray("record_ids");
        return new AuditRow(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"), rs.getString("operation"), rs.getString("record_type"),
                ids == null ? List.of() : List.of((String[]) ids.getArray()), rs.getString("client_address"),
                rs.getString("justification"), rs.getString("recipient"), rs.getString("details"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    private AuditEventView view(AuditRow row) {
        try {
            return new AuditEventView(row.id(), row.occurredAt(), row.username(), row.operation(), row.recordType(),
                    row.recordIds(), row.clientAddress(), row.justification(), row.recipient(),
                    json.readTree(row.details()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit row " + row.id() + " has unreadable details", e);
        }
    }
}
