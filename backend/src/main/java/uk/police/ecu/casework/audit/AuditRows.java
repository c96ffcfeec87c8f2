package uk.police.ecu.casework.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads {@link AuditRow}s back from JDBC. */
final class AuditRows {

    static final String COLUMNS = "id, occurred_at, username, operation, record_type, record_ids, client_address, "
            + "justification, recipient, details::text AS details, previous_hash, hash";

    private AuditRows() {
    }

    static AuditRow read(ResultSet rs) throws SQLException {
        Array ids = rs.getArray("record_ids");
        return new AuditRow(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"), rs.getString("operation"), rs.getString("record_type"),
                ids == null ? List.of() : List.of((String[]) ids.getArray()), rs.getString("client_address"),
                rs.getString("justification"), rs.getString("recipient"), rs.getString("details"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }
}
