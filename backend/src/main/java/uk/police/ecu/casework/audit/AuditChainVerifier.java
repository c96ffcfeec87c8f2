package uk.police.ecu.casework.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit trail in chain order and recomputes every hash: keyed rows under the audit key, rows from
 * before the chain was keyed by plain SHA-256. A changed row fails its own hash, even if whoever changed it
 * recomputed the plain hashes; a row removed from the middle leaves the next pointing at a hash that is no
 * longer there; rows cut from the end are missing against the anchors written outside the database.
 */
@Service
public class AuditChainVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final AuditKey key;
    private final AuditAnchors anchors;

    AuditChainVerifier(DataSource dataSource, AuditKey key, AuditAnchors anchors) {
        this.jdbc = new JdbcTemplate(dataSource);
        // Streams the table through a cursor instead of loading it whole.
        this.jdbc.setFetchSize(1000);
        this.key = key;
        this.anchors = anchors;
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        Map<String, Object> chain = jdbc.queryForMap("SELECT chain_id::text AS chain_id, keyed_from FROM audit_chain");
        long keyedFrom = ((Number) chain.get("keyed_from")).longValue();
        TreeMap<Long, AuditAnchors.Anchor> anchored = anchors.recorded((String) chain.get("chain_id")).stream()
                .collect(Collectors.toMap(AuditAnchors.Anchor::id, Function.identity(), (a, b) -> b, TreeMap::new));
        Mac mac = key.mac();
        return jdbc.query("SELECT " + AuditRows.COLUMNS + " FROM audit_event ORDER BY id", rs -> {
            long checked = 0;
            long lastId = 0;
            String previousHash = null;
            while (rs.next()) {
                AuditRow row = AuditRows.read(rs);
                AuditAnchors.Anchor missed = anchored.subMap(lastId, false, row.id(), false).values().stream()
                        .findFirst().orElse(null);
                if (missed != null) {
                    return AuditVerification.broken(checked, row.id(),
                            "record " + missed.id() + " before it, anchored outside the database, is missing");
                }
                if (!Objects.equals(row.previousHash(), previousHash)) {
                    return AuditVerification.broken(checked, row.id(),
                            "it does not follow the record before it (a record was removed or reordered)");
                }
                if (row.id() >= keyedFrom && lastId < keyedFrom && !keyingRecord(row, keyedFrom)) {
                    return AuditVerification.broken(checked, row.id(), "it should be the record that started the keyed "
                            + "chain at " + keyedFrom + ", and is not (the chain's start was moved)");
                }
                String expected = row.id() >= keyedFrom ? AuditHash.keyed(mac, previousHash, row)
                        : AuditHash.unkeyed(previousHash, row);
                if (!expected.equals(row.hash())) {
                    return AuditVerification.broken(checked, row.id(), "its content no longer matches its hash");
                }
                AuditAnchors.Anchor anchor = anchored.get(row.id());
                if (anchor != null && !anchor.hash().equals(row.hash())) {
                    return AuditVerification.broken(checked, row.id(),
                            "its hash is not the one anchored outside the database (the chain was rewritten)");
                }
                previousHash = row.hash();
                lastId = row.id();
                checked++;
            }
            if (lastId < keyedFrom && keyedFrom > lastId + 1) {
                return AuditVerification.broken(checked, keyedFrom,
                        "the keyed chain is said to start there, beyond the trail's last record (the chain's start was moved)");
            }
            Map.Entry<Long, AuditAnchors.Anchor> beyond = anchored.higherEntry(lastId);
            if (beyond != null) {
                return AuditVerification.broken(checked, beyond.getKey(),
                        "it was anchored outside the database but is no longer in the trail (records were cut from the end)");
            }
            return AuditVerification.intact(checked);
        });
    }

    private static boolean keyingRecord(AuditRow row, long keyedFrom) {
        try {
            return AuditOperation.CHAIN_KEYED.name().equals(row.operation())
                    && JSON.readTree(row.details()).path("keyedFrom").asLong() == keyedFrom;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
