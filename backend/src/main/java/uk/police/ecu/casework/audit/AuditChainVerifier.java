package uk.police.ecu.casework.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
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

    private final AuditChainRepository chain;
    private final AuditKey key;
    private final AuditAnchors anchors;

    AuditChainVerifier(AuditChainRepository chain, AuditKey key, AuditAnchors anchors) {
        this.chain = chain;
        this.key = key;
        this.anchors = anchors;
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        AuditChainRepository.Chain recorded = chain.chain();
        long keyedFrom = recorded.keyedFrom();
        TreeMap<Long, AuditAnchors.Anchor> anchored = anchors.recorded(recorded.chainId()).stream()
                .collect(Collectors.toMap(AuditAnchors.Anchor::id, Function.identity(), (a, b) -> b, TreeMap::new));
        Mac mac = key.mac();
        // The walk runs inside this read-only transaction, so the trail streams through a cursor.
        return chain.inChainOrder(rows -> {
            long checked = 0;
            long lastId = 0;
            String previousHash = null;
            while (rows.hasNext()) {
                AuditRow row = rows.next();
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
            return AuditVerification.intact(checked, lastId);
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
