package uk.police.ecu.casework.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit trail by the auditor's filters (each matched by an index). */
@Repository
class AuditEventRepository {

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
        return jdbc.sql("SELECT " + AuditRows.COLUMNS + " FROM audit_event" + where(filter, params)
                        + " ORDER BY id DESC OFFSET :offset LIMIT :limit")
                .paramSource(params)
                .query((rs, n) -> view(AuditRows.read(rs)))
                .list();
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
