package uk.police.ecu.casework.board;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.police.ecu.casework.shared.InvalidInputException;

/** The campaigns ({@code intensification_period}) and their fraud types, as supervisors keep them. */
@Repository
class IntensificationPeriodRepository {

    private static final String COLUMNS = """
            SELECT p.id, p.name, p.starts_on, p.ends_on, p.source, p.changed_by, p.changed_at,
                   t.nfib_code, coalesce(n.name, t.nfib_code) AS label
              FROM intensification_period p
              JOIN intensification_period_fraud_type t ON t.period_id = p.id
              LEFT JOIN nfib_fraud_type n ON n.code = t.nfib_code""";

    private final JdbcClient jdbc;

    IntensificationPeriodRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Latest first: the campaign being planned or corrected is usually the newest. */
    List<IntensificationPeriod> all() {
        return read(jdbc.sql(COLUMNS + " ORDER BY p.starts_on DESC, p.name, t.nfib_code"));
    }

    Optional<IntensificationPeriod> find(long id) {
        return read(jdbc.sql(COLUMNS + " WHERE p.id = :id ORDER BY t.nfib_code").param("id", id)).stream().findFirst();
    }

    /** Whether a campaign other than {@code exceptId} has the name, whatever its capitals. */
    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("""
                        SELECT count(*) FROM intensification_period
                         WHERE lower(name) = lower(:name) AND id IS DISTINCT FROM :exceptId""")
                .param("name", name).param("exceptId", exceptId).query(Long.class).single() > 0;
    }

    long add(IntensificationPeriodChange campaign, String username, Instant at) {
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO intensification_period (name, starts_on, ends_on, source, changed_by, changed_at)
                            VALUES (:name, :startsOn, :endsOn, :source, :username, :at) RETURNING id""")
                    .params(values(campaign, username, at)).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw nameTakenMeanwhile(campaign);
        }
        addFraudTypes(id, campaign.fraudTypes());
        return id;
    }

    void change(long id, IntensificationPeriodChange campaign, String username, Instant at) {
        Map<String, Object> values = values(campaign, username, at);
        values.put("id", id);
        try {
            jdbc.sql("""
                            UPDATE intensification_period
                               SET name = :name, starts_on = :startsOn, ends_on = :endsOn, source = :source,
                                   changed_by = :username, changed_at = :at
                             WHERE id = :id""")
                    .params(values).update();
        } catch (DuplicateKeyException e) {
            throw nameTakenMeanwhile(campaign);
        }
        jdbc.sql("DELETE FROM intensification_period_fraud_type WHERE period_id = :id").param("id", id).update();
        addFraudTypes(id, campaign.fraudTypes());
    }

    /** Two supervisors saving the same name at once: the unique index refuses the second, as the check would have. */
    private static InvalidInputException nameTakenMeanwhile(IntensificationPeriodChange campaign) {
        return new InvalidInputException("The campaign cannot be saved",
                List.of(IntensificationPeriodChange.nameTaken(campaign.name())));
    }

    private void addFraudTypes(long id, List<String> codes) {
        for (String code : codes) {
            jdbc.sql("INSERT INTO intensification_period_fraud_type (period_id, nfib_code) VALUES (:id, :code)")
                    .param("id", id).param("code", code).update();
        }
    }

    private static Map<String, Object> values(IntensificationPeriodChange campaign, String username, Instant at) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", campaign.name());
        values.put("startsOn", campaign.startsOn());
        values.put("endsOn", campaign.endsOn());
        values.put("source", campaign.source());
        values.put("username", username);
        values.put("at", Timestamp.from(at));
        return values;
    }

    private record Row(long id, String name, LocalDate startsOn, LocalDate endsOn, String source, String changedBy,
                       OffsetDateTime changedAt, String nfibCode, String label) {
    }

    /** One row per campaign and fraud type, folded into one campaign each in the order read. */
    private static List<IntensificationPeriod> read(JdbcClient.StatementSpec statement) {
        Map<Long, List<Row>> byCampaign = new LinkedHashMap<>();
        statement.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getString("source"), rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class), rs.getString("nfib_code"),
                        rs.getString("label")))
                .list().forEach(row -> byCampaign.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        return byCampaign.values().stream().map(rows -> {
            Row first = rows.get(0);
            return new IntensificationPeriod(first.id(), first.name(),
                    rows.stream().map(r -> new IntensificationPeriod.FraudType(r.nfibCode(), r.label())).toList(),
                    first.startsOn(), first.endsOn(), first.source(), first.changedBy(), first.changedAt());
        }).toList();
    }
}
