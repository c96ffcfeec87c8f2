package uk.police.ecu.casework.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * The hash chain's rule: each row's hash covers the previous row's hash and the row's canonical content.
 * Rows are signed with an HMAC under the audit key ({@code audit-v2}); rows written before the chain was
 * keyed keep their plain SHA-256 ({@code audit-v1}), and the first keyed row covers the last of them.
 */
final class AuditHash {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKEYED = "audit-v1";
    private static final String KEYED = "audit-v2";

    private AuditHash() {
    }

    static String keyed(Mac mac, String previousHash, AuditRow row) {
        mac.reset();
        mac.update(chained(previousHash));
        mac.update(canonical(KEYED, row).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal());
    }

    static String unkeyed(String previousHash, AuditRow row) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(chained(previousHash));
            sha256.update(canonical(UNKEYED, row).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] chained(String previousHash) {
        return ((previousHash == null ? "" : previousHash) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON array of the fields in a fixed order: unambiguous however the values are spelt. */
    private static String canonical(String version, AuditRow row) {
        try {
            return JSON.writeValueAsString(Arrays.asList(version, row.id(), row.occurredAt().toString(),
                    row.username(), row.operation(), row.recordType(), row.recordIds(), row.clientAddress(),
                    row.justification(), row.recipient(), row.details()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit row could not be written canonically", e);
        }
    }
}
